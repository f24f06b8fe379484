package com.ccp.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;
import org.junit.jupiter.api.Test;

class ReportProfileTest {

    private static final String HARBOR = """
            {
              "id": "car-harbor-bank",
              "name": "Harbor Bank purchasing card",
              "kind": "CAR",
              "title": "PURCHASING CARD STATEMENT DETAIL",
              "dates": "yyyy-MM-dd",
              "amounts": { "positive": "$1,234.56", "negative": "($1,234.56)" },
              "names": "LAST_FIRST",
              "lines": {
                "period": "Cycle: {start} thru {end}",
                "page": "Pg {page} / {pages}",
                "cardholder": "Name: {name}[ ID: {employeeId}]",
                "continued": "Name: {name} (cont.)",
                "account": "Acct: {account}[ CC: {costCenter}]",
                "columns": "Txn Date Posted Ref Description Amount",
                "transaction": "{transDate} {postDate} {reference} {merchant} {amount}",
                "cardholderTotal": "Subtotal {count} charges {amount}",
                "reportTotal": "Statement Total {amount}[ Accounts {cardholders}][ Charges {transactions}]"
              },
              "labels": {
                "job": "Job:", "phase": "Phase:", "costType": "Type:",
                "glAccount": "Acct Code:", "description": "Note:"
              }
            }
            """;

    @Test
    void readsTheExampleOfFormatsSection7() {
        ReportProfile profile = ReportProfile.parse(HARBOR);

        assertThat(profile.id()).isEqualTo("car-harbor-bank");
        assertThat(profile.kind()).isEqualTo(ProfileKind.CAR);
        assertThat(profile.nameOrder()).isEqualTo(NameOrder.LAST_FIRST);
        assertThat(profile.titleKey()).isEqualTo("PURCHASING CARD STATEMENT DETAIL");
        assertThat(profile.compile()).isInstanceOf(CarWording.class);
        assertThat(ReportProfile.parse(profile.json())).as("the stored document reads back").isEqualTo(profile);
    }

    @Test
    void theBuiltInsAreSections1And2() {
        assertThat(BuiltInProfiles.car().profile().title()).isEqualTo("CARDHOLDER ACTIVITY REPORT");
        assertThat(BuiltInProfiles.receipts().profile().title()).isEqualTo("EMPLOYEE RECEIPT REPORT");
        assertThat(BuiltInProfiles.receipts().profile().nameOrder()).isEqualTo(NameOrder.FIRST_LAST);
    }

    @Test
    void listsEveryProblemByItsField() {
        String broken = HARBOR.replace("\"kind\": \"CAR\"", "\"kind\": \"CAR\", \"colour\": \"blue\"")
                .replace("yyyy-MM-dd", "yyyy-MM-dd HH:mm")
                .replace("($1,234.56)", "$1,234.56")
                .replace("\"continued\": \"Name: {name} (cont.)\"", "\"continued\": \"Name: {name} {page}\"")
                .replace("\"cardholderTotal\": \"Subtotal {count} charges {amount}\",", "")
                .replace("\"description\": \"Note:\"", "\"description\": \"Note:\", \"tax\": \"VAT:\"")
                .replace("\"id\": \"car-harbor-bank\"", "\"id\": \"Harbor Bank\"");

        List<ProfileProblem> problems = catchThrowableOfType(InvalidProfileException.class,
                () -> ReportProfile.parse(broken)).problems();

        assertThat(problems).extracting(ProfileProblem::field).containsExactlyInAnyOrder("colour", "id", "dates",
                "amounts", "lines.continued", "lines.cardholderTotal", "labels.tax");
        assertThat(problems).filteredOn(p -> p.field().equals("lines.continued")).singleElement()
                .satisfies(p -> assertThat(p.message()).contains("{page} is not a placeholder of this line"));
    }

    @Test
    void aReceiptProfileNeedsItsOwnTemplatesAndAnyKindElseIsRefused() {
        String receipts = HARBOR.replace("\"kind\": \"CAR\"", "\"kind\": \"RECEIPTS\"");
        String invoice = HARBOR.replace("\"kind\": \"CAR\"", "\"kind\": \"INVOICE\"");

        List<ProfileProblem> problems = catchThrowableOfType(InvalidProfileException.class,
                () -> ReportProfile.parse(receipts)).problems();

        assertThat(problems).extracting(ProfileProblem::field).contains("lines.cardholder", "lines.employee",
                "lines.receipt", "lines.attachmentYes", "labels.job", "labels.address");
        assertThat(catchThrowableOfType(InvalidProfileException.class, () -> ReportProfile.parse(invoice))
                .problems()).extracting(ProfileProblem::field).containsExactly("kind");
        assertThat(catchThrowableOfType(InvalidProfileException.class, () -> ReportProfile.parse("[1, 2]"))
                .problems()).extracting(ProfileProblem::field).containsExactly("document");
        assertThat(catchThrowableOfType(InvalidProfileException.class, () -> ReportProfile.parse("{\"id\": "))
                .problems()).extracting(ProfileProblem::field).containsExactly("document");
    }

    @Test
    void aCarProfileMustSayItsNameOrder() {
        String noNames = HARBOR.replace("\"names\": \"LAST_FIRST\",", "");
        String badNames = HARBOR.replace("LAST_FIRST", "SURNAME_FIRST");

        assertThat(catchThrowableOfType(InvalidProfileException.class, () -> ReportProfile.parse(noNames))
                .problems()).extracting(ProfileProblem::field).containsExactly("names");
        assertThat(catchThrowableOfType(InvalidProfileException.class, () -> ReportProfile.parse(badNames))
                .problems()).extracting(ProfileProblem::field).containsExactly("names");
    }

    @Test
    void nameOrdersGiveTheLastNameOfTheExportFileName() {
        assertThat(NameOrder.LAST_FIRST.lastName("DE LA CRUZ, ANA")).isEqualTo("DE LA CRUZ");
        assertThat(NameOrder.FIRST_LAST.lastName("Mary K O'Brien")).isEqualTo("O'Brien");
    }
}
