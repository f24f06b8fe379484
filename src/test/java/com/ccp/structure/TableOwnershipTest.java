package com.ccp.structure;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every table has one owning module, and only that module's code names it in SQL: the others use
 * the owner's services and read models. The owners are listed here so that a new table must be given one.
 */
class TableOwnershipTest {

    private static final Map<String, String> OWNERS = Map.ofEntries(
            Map.entry("processing_session", "processing"),
            Map.entry("session_file", "storage"),
            Map.entry("employee", "employee"),
            Map.entry("employee_receipt_pages", "employee"),
            Map.entry("employee_revision", "employee"),
            Map.entry("card_transaction", "employee"),
            Map.entry("receipt", "employee"),
            Map.entry("issue", "employee"),
            Map.entry("issue_event", "employee"),
            Map.entry("parse_warning", "employee"),
            Map.entry("link", "employee"),
            Map.entry("link_transaction", "employee"),
            Map.entry("link_receipt", "employee"),
            Map.entry("hint", "employee"),
            Map.entry("hint_item", "employee"),
            Map.entry("hint_scan", "employee"),
            Map.entry("activity_log", "audit"),
            Map.entry("receipt_comparison", "delta"),
            Map.entry("comparison_change", "delta"),
            Map.entry("export_batch", "export"),
            Map.entry("export_batch_employee", "export"),
            Map.entry("export_batch_issue", "export"),
            Map.entry("session_deletion", "admin"),
            Map.entry("report_profile", "profile"));

    private static final Path MAIN = Path.of("src/main/java/com/ccp");
    private static final Pattern TABLE = Pattern.compile(
            "\\b(?:FROM|JOIN|INTO|UPDATE|DELETE\\s+FROM|TABLE)\\s+([a-z][a-z_]+)\\b");
    private static final Pattern CREATE = Pattern.compile("CREATE TABLE (?:IF NOT EXISTS )?([a-z_]+)");

    @Test
    void everyTableOfTheMigrationsHasAnOwner() throws IOException {
        TreeSet<String> tables = new TreeSet<>();
        try (Stream<Path> files = Files.list(Path.of("src/main/resources/db/migration"))) {
            for (Path file : files.toList()) {
                Matcher m = CREATE.matcher(Files.readString(file));
                while (m.find()) {
                    tables.add(m.group(1));
                }
            }
        }
        assertThat(tables).isNotEmpty();
        assertThat(OWNERS.keySet()).containsAll(tables);
    }

    @Test
    void onlyTheOwningModuleNamesATableInSql() throws IOException {
        List<String> violations = new ArrayList<>();
        try (Stream<Path> files = Files.walk(MAIN)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String module = MAIN.relativize(file).getName(0).toString();
                Matcher m = TABLE.matcher(Files.readString(file));
                while (m.find()) {
                    String owner = OWNERS.get(m.group(1));
                    if (owner != null && !owner.equals(module)) {
                        violations.add(MAIN.relativize(file) + " names " + m.group(1) + " (owned by " + owner + ")");
                    }
                }
            }
        }
        assertThat(violations).isEmpty();
    }
}
