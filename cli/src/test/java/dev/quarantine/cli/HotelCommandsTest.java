package dev.quarantine.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** Rooms as hotels really are (issue 15), through the real command line: rooms added, out of service, rates, closing. */
class HotelCommandsTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String ID = CliHarness.id("411302", "19850312", "101");

    @TempDir
    Path dir;
    CliHarness cli;

    @BeforeEach
    void init() {
        cli = new CliHarness(dir);
        assertThat(cli.at("2020-02-03T08:00", "init").code()).isZero();
        assertThat(cli.at("2020-02-03T08:05", "hotel", "add", "锦江之星", "--rooms", "101-105", "--rate", "180").code())
                .isZero();
    }

    private CliHarness.Result admit() {
        return cli.at("2020-02-03T10:00", "admit", "--name", "王伟", "--id", ID, "--phone", "13803711234", "--origin",
                "南阳", "--arrived", "2020-02-03", "--temp", "36.5");
    }

    @Test
    void roomsAreAddedAndGoOutOfServiceWithTheReasonAndBack() throws Exception {
        CliHarness.Result add = cli.at("2020-02-03T09:00", "hotel", "rooms", "add", "锦江之星", "201-205");
        assertThat(add.code()).as(add.toString()).isZero();
        assertThat(add.out()).contains("Rooms           10");
        CliHarness.Result again = cli.at("2020-02-03T09:00", "hotel", "rooms", "add", "锦江之星", "205-206");
        assertThat(again.code()).isEqualTo(3);
        assertThat(again.err()).contains("room(s) 205 already");
        CliHarness.Result out = cli.at("2020-02-03T09:10", "hotel", "room", "锦江之星", "101", "--out-of-service",
                "--reason", "空调故障");
        assertThat(out.code()).as(out.toString()).isZero();
        assertThat(out.out()).contains("out of service").contains("空调故障");
        CliHarness.Result noReason = cli.at("2020-02-03T09:10", "hotel", "room", "锦江之星", "102", "--out-of-service");
        assertThat(noReason.code()).isEqualTo(2);
        assertThat(noReason.err()).contains("--reason");
        CliHarness.Result neither = cli.at("2020-02-03T09:10", "hotel", "room", "锦江之星", "102");
        assertThat(neither.code()).isEqualTo(2);
        assertThat(neither.err()).contains("--out-of-service").contains("--in-service");
        assertThat(cli.at("2020-02-03T09:10", "hotel", "room", "锦江之星", "999", "--in-service").code()).isEqualTo(4);
        assertThat(admit().err()).contains("room 102");
        CliHarness.Result rooms = cli.run("hotel", "rooms");
        assertThat(rooms.out()).contains("Note").contains("空调故障").contains("201");
        JsonNode hotel = JSON.readTree(cli.run("--format", "json", "hotel", "list").out()).get(0);
        assertThat(hotel.get("outOfService").asInt()).isEqualTo(1);
        assertThat(hotel.get("rooms").asInt()).isEqualTo(10);
        CliHarness.Result back = cli.at("2020-02-04T09:00", "hotel", "room", "锦江之星", "101", "--in-service",
                "--reason", "已修好");
        assertThat(back.code()).isZero();
        assertThat(back.out()).contains("free");
        assertThat(cli.at("2020-02-04T09:00", "--lang", "zh", "hotel", "room", "锦江之星", "102", "--out-of-service",
                "--reason", "x").err()).contains("有住客").contains("Q000001");
    }

    @Test
    void aRateFromADateBillsEachNightAtTheRateInForce() throws Exception {
        assertThat(admit().code()).isZero();
        CliHarness.Result rate = cli.at("2020-02-04T09:00", "hotel", "rate", "锦江之星", "200", "--from", "2020-02-06");
        assertThat(rate.code()).as(rate.toString()).isZero();
        assertThat(rate.out()).contains("opening").contains("180.00").contains("2020-02-06").contains("200.00");
        CliHarness.Result bill = cli.run("bill", "Q000001");
        assertThat(bill.out()).contains("Total         1340.00").contains("Nights by rate")
                .contains("2020-02-03  2020-02-05  3").contains("2020-02-06  2020-02-09  4");
        JsonNode json = JSON.readTree(cli.run("--format", "json", "bill", "Q000001").out());
        assertThat(json.get("rates")).hasSize(2);
        assertThat(json.get("rates").get(1).get("nightlyRate").asText()).isEqualTo("200.00");
        assertThat(cli.at("2020-02-04T09:00", "hotel", "rate", "锦江之星").out()).contains("200.00");
        assertThat(cli.at("2020-02-04T09:00", "hotel", "rate", "锦江之星", "abc").code()).isEqualTo(2);
        assertThat(cli.at("2020-02-04T09:00", "hotel", "rate", "锦江之星", "--from", "2020-02-05").code()).isEqualTo(2);
        assertThat(cli.at("2020-02-10T10:00", "release", "Q000001", "--checked-by", "张医生", "--temp", "36.5").code())
                .isZero();
        CliHarness.Result backdated = cli.at("2020-02-10T11:00", "hotel", "rate", "锦江之星", "150", "--from",
                "2020-02-08");
        assertThat(backdated.code()).isEqualTo(3);
        assertThat(backdated.err()).contains("final bills").contains("Q000001").contains("2020-02-10");
    }

    @Test
    void aHotelClosesOnceItsLastGuestHasLeft() {
        assertThat(admit().code()).isZero();
        CliHarness.Result guests = cli.at("2020-02-05T09:00", "hotel", "close", "锦江之星");
        assertThat(guests.code()).isEqualTo(3);
        assertThat(guests.err()).contains("1 guest(s)").contains("Q000001 (101)");
        assertThat(cli.at("2020-02-10T10:00", "release", "Q000001", "--checked-by", "张医生", "--temp", "36.5").code())
                .isZero();
        CliHarness.Result dirty = cli.at("2020-02-10T10:30", "hotel", "close", "锦江之星");
        assertThat(dirty.code()).isEqualTo(3);
        assertThat(dirty.err()).contains("await disinfection").contains("101");
        assertThat(cli.at("2020-02-10T11:00", "disinfect", "--room", "101", "--by", "保洁").code()).isZero();
        CliHarness.Result closed = cli.at("2020-02-10T12:00", "hotel", "close", "锦江之星");
        assertThat(closed.code()).as(closed.toString()).isZero();
        assertThat(closed.err()).contains("is closed");
        assertThat(cli.run("hotel", "list").out()).contains("Closed at").contains("2020-02-10T12:00:00+08:00");
        CliHarness.Result admitAfter = cli.at("2020-02-10T13:00", "admit", "--name", "李娜", "--id",
                CliHarness.id("411302", "19900101", "202"), "--phone", "13937155678", "--origin", "南阳", "--arrived",
                "2020-02-10", "--temp", "36.5", "--hotel", "锦江之星");
        assertThat(admitAfter.code()).isEqualTo(3);
        assertThat(admitAfter.err()).contains("was closed on 2020-02-10 12:00");
        assertThat(cli.at("2020-02-10T13:00", "report", "daily").out()).doesNotContain("not inspected: 锦江之星");
    }
}
