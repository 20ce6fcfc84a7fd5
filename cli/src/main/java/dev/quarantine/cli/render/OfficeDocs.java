package dev.quarantine.cli.render;

import dev.quarantine.core.result.OfficeView;

import java.util.List;
import java.util.Map;

/** Offices as documents: {@code office add|list|edit|grant}. */
public final class OfficeDocs {
    public static final List<String> COLUMNS = List.of("name", "letterName", "phone", "address", "dbRole", "openCases");

    private OfficeDocs() {
    }

    public static Map<String, Object> doc(OfficeView o) {
        Map<String, Object> d = new Doc("office");
        d.put("name", o.name());
        d.put("letterName", o.letterName());
        d.put("phone", o.phone());
        d.put("address", o.address());
        d.put("dbRole", o.dbRole());
        d.put("openCases", o.openCases());
        return d;
    }
}
