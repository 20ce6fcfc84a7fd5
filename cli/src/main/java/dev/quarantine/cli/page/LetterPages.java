package dev.quarantine.cli.page;

import dev.quarantine.cli.render.Letters;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Letters as printed pages: one A4 page each, in the order given, with room for the office's stamp. */
public final class LetterPages {
    private LetterPages() {
    }

    public static String html(String title, List<Letters.Letter> letters) {
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("title", title);
        List<Map<String, Object>> pages = new ArrayList<>();
        for (Letters.Letter l : letters) {
            Map<String, Object> p = new LinkedHashMap<>();
            p.put("kind", l.kind());
            p.put("caseNumber", l.caseNumber());
            p.put("heading", l.heading());
            p.put("to", l.to());
            p.put("paragraphs", l.paragraphs());
            p.put("facts", pairs(l.facts()));
            p.put("hasRules", !l.rules().isEmpty());
            p.put("rulesTitle", l.rulesTitle());
            p.put("rules", l.rules());
            p.put("hasBill", l.billTitle() != null);
            p.put("billTitle", l.billTitle());
            p.put("hasNights", !l.billNights().isEmpty());
            p.put("billNights", l.billNights());
            p.put("billRows", pairs(l.billRows()));
            p.put("closing", l.closing());
            p.put("signature", l.signature());
            p.put("date", l.date());
            p.put("contact", l.contact());
            pages.add(p);
        }
        model.put("letters", pages);
        return HtmlPages.render("letters", model);
    }

    static List<Map<String, Object>> pairs(List<String[]> rows) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (String[] r : rows) {
            out.add(Map.of("label", r[0], "value", r[1] == null ? "" : r[1]));
        }
        return out;
    }
}
