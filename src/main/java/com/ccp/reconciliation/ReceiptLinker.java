package com.ccp.reconciliation;

import com.ccp.report.Cardholder;
import com.ccp.report.Names;
import com.ccp.report.ParseWarning;
import com.ccp.report.ReceiptEmployee;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Gives each receipt section its employee key: its Employee ID, else the ID of the one cardholder
 * with the same normalised name, else {@code NOID-} + the normalised name. Sections with the same
 * key are merged.
 */
final class ReceiptLinker {

    private ReceiptLinker() {
    }

    static Map<String, List<ReceiptEmployee>> link(Map<String, List<Cardholder>> carById,
                                                    List<ReceiptEmployee> sections, List<ParseWarning> warnings) {
        Map<String, List<String>> idsByName = new LinkedHashMap<>();
        carById.forEach((id, cards) -> idsByName
                .computeIfAbsent(Names.normalise(cards.get(0).name()), k -> new ArrayList<>()).add(id));
        Map<String, List<ReceiptEmployee>> byKey = new LinkedHashMap<>();
        for (ReceiptEmployee section : sections) {
            String key = section.employeeId() != null ? section.employeeId()
                    : keyByName(section, carById, idsByName, warnings);
            byKey.computeIfAbsent(key, k -> new ArrayList<>()).add(section);
        }
        byKey.forEach((key, list) -> {
            if (list.size() > 1) {
                warnings.add(new ParseWarning(list.get(1).pages().first(), "Receipt report: " + list.size()
                        + " sections for employee " + key + " (starting on pages " + list.stream()
                        .map(s -> String.valueOf(s.pages().first())).collect(Collectors.joining(", "))
                        + ") were read as one employee."));
            }
        });
        return byKey;
    }

    private static String keyByName(ReceiptEmployee section, Map<String, List<Cardholder>> carById,
                                     Map<String, List<String>> idsByName, List<ParseWarning> warnings) {
        String name = Names.normalise(section.name());
        List<String> ids = idsByName.getOrDefault(name, List.of());
        int page = section.pages().first();
        String intro = "Receipt report: the section of " + section.name() + " has no Employee ID";
        if (ids.size() == 1) {
            String id = ids.get(0);
            warnings.add(new ParseWarning(page, intro + "; it was linked by name to cardholder "
                    + carById.get(id).get(0).name() + " (Employee ID " + id + ")."));
            return id;
        }
        String key = "NOID-" + name;
        String why = ids.isEmpty() ? "no cardholder has that name"
                : ids.size() + " cardholders have that name (" + ids.stream()
                        .map(id -> carById.get(id).get(0).name() + ", Employee ID " + id)
                        .collect(Collectors.joining("; ")) + ")";
        warnings.add(new ParseWarning(page, intro + " and " + why + "; it is kept as receipt-only employee "
                + key + "."));
        return key;
    }
}
