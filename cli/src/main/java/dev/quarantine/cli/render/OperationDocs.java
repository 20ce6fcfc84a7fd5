package dev.quarantine.cli.render;

import dev.quarantine.core.ops.Disinfection;
import dev.quarantine.core.ops.Inspection;
import dev.quarantine.core.ops.LandlordArrangement;
import dev.quarantine.core.ops.ServiceRequest;
import dev.quarantine.core.ops.TeamMember;
import dev.quarantine.core.result.BackupResult;
import dev.quarantine.core.result.Violation;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The records of the hotels' daily work as documents (field → value), like {@link Docs} does for cases: service
 * requests, team members, disinfections, inspections, landlord arrangements, violations and backups. Times are in the
 * policy's zone and phones masked as {@code docs} says.
 */
public final class OperationDocs {
    private OperationDocs() {
    }

    public static Map<String, Object> service(ServiceRequest s, Docs docs) {
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("id", s.id());
        d.put("caseNumber", s.caseNumber());
        d.put("name", s.name());
        d.put("hotel", s.hotel());
        d.put("room", s.room());
        d.put("type", s.type().id());
        d.put("note", s.note());
        d.put("openedAt", docs.time(s.openedAt()));
        d.put("openedBy", s.openedBy());
        d.put("doneAt", docs.time(s.doneAt()));
        d.put("doneBy", s.doneBy());
        return d;
    }

    public static Map<String, Object> teamMember(TeamMember m, Docs docs) {
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("hotel", m.hotel());
        d.put("block", m.block());
        d.put("role", m.role());
        d.put("name", m.name());
        d.put("phone", docs.memberPhone(m.phone()));
        return d;
    }

    public static Map<String, Object> disinfection(Disinfection x, Docs docs) {
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("hotel", x.hotel());
        d.put("room", x.room());
        d.put("area", x.area() == null ? null : x.area().id());
        d.put("at", docs.time(x.at()));
        d.put("by", x.by());
        return d;
    }

    public static Map<String, Object> inspection(Inspection i, Docs docs) {
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("hotel", i.hotel());
        d.put("at", docs.time(i.at()));
        d.put("by", i.by());
        d.put("findings", i.findings());
        return d;
    }

    public static Map<String, Object> landlord(LandlordArrangement a, Docs docs) {
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("caseNumber", a.caseNumber());
        d.put("name", a.name());
        d.put("extendDays", a.extendDays());
        d.put("cash", a.cash() == null ? null : a.cash().toString());
        d.put("landlord", a.landlord());
        d.put("at", docs.time(a.at()));
        d.put("recordedBy", a.recordedBy());
        return d;
    }

    /** A violation as the daily report lists it. */
    public static Map<String, Object> violation(Violation v, Docs docs) {
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("caseNumber", v.caseNumber());
        d.put("name", v.name());
        d.put("at", docs.time(v.at()));
        d.put("note", v.note());
        d.put("penalty", v.penalty());
        return d;
    }

    /** A violation just recorded: {@link #violation} and who recorded it. */
    public static Map<String, Object> recordedViolation(Violation v, Docs docs) {
        Map<String, Object> d = violation(v, docs);
        d.put("recordedBy", v.recordedBy());
        return d;
    }

    public static Map<String, Object> backup(BackupResult r) {
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("backup", r.file().toString());
        d.put("bytes", r.bytes());
        d.put("audited", r.audited());
        return d;
    }
}
