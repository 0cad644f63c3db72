package org.recoveryoutcomes.engine.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.recoveryoutcomes.engine.io.table.RejectedRow;
import org.recoveryoutcomes.engine.model.AgeBand;
import org.recoveryoutcomes.engine.model.Client;
import org.recoveryoutcomes.engine.model.Contact;
import org.recoveryoutcomes.engine.model.ContactType;
import org.recoveryoutcomes.engine.model.Dataset;
import org.recoveryoutcomes.engine.model.DeliveredBy;
import org.recoveryoutcomes.engine.model.FileReport;
import org.recoveryoutcomes.engine.model.Project;
import org.recoveryoutcomes.engine.model.RecordIssue;
import org.recoveryoutcomes.engine.model.ReportException;
import org.recoveryoutcomes.engine.model.ServiceType;
import org.recoveryoutcomes.engine.model.Severity;
import org.recoveryoutcomes.engine.model.Sex;
import org.recoveryoutcomes.engine.model.SourceLocation;
import org.recoveryoutcomes.engine.model.Substance;
import org.recoveryoutcomes.engine.model.TopItem;
import org.recoveryoutcomes.engine.model.TopRecord;
import org.recoveryoutcomes.engine.model.TopStage;

class DatasetReaderTest {

    private static final String BOOLEAN_HINT = "(use Y or N, yes or no, true or false, 1 or 0)";

    @TempDir
    Path temp;

    static Path fixture(String name) {
        try {
            return Path.of(DatasetReaderTest.class.getResource("/io/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Writes {@code files} (name, content) into a fresh folder under the test's temp dir. */
    Path dir(String... nameThenContent) throws IOException {
        Path d = Files.createTempDirectory(temp, "data");
        for (int i = 0; i < nameThenContent.length; i += 2) {
            Files.writeString(d.resolve(nameThenContent[i]), nameThenContent[i + 1], StandardCharsets.UTF_8);
        }
        return d;
    }

    private static final String PROJECTS = "project_id,name,borough,service_type\nBAT,Battling,Ealing,arts\n";
    private static final String CONTACTS =
            "contact_id,client_id,project_id,contact_date,contact_type\nC1,P1,BAT,2026-04-01,group\n";

    // --- the errors fixture: one row per error kind, every message word for word -------------------------

    @Test
    void reportsEveryProblemOfTheErrorsFixtureInFileAndRowOrder() {
        ReadResult result = DatasetReader.read(fixture("errors"), ReadOptions.DEFAULTS);

        assertThat(result.issues()).extracting(RecordIssue::message).containsExactly(
                "projects.csv:4: service_type: 'cafe' is not a known code (peer_aftercare, drop_in, peer_mentoring, "
                        + "social_club, vocational, arts, structured_treatment, other)",
                "projects.csv:5: project_id: 'BAT' duplicates row 2",
                "contacts.csv:1: Notes: not a column of contacts, so it is ignored",
                // C1's quoted note spans lines 2-3 (row 2) and line 5 (row 4) is blank: each row is numbered as a
                // spreadsheet numbers it, with the line where it starts
                "contacts.csv: row 5 (line 6): contact_type: 'visit' is not a known code (drop_in, one_to_one, "
                        + "group, activity, phone, outreach, other)",
                "contacts.csv: row 6 (line 7): project_id: 'XYZ' is not in projects",
                "contacts.csv: row 7 (line 8): project_id: 'BAD' is not in projects (its row, projects.csv:4, was "
                        + "rejected)",
                "contacts.csv: row 8 (line 9): contact_id: 'C1' duplicates row 2",
                // an unreadable value in a column no count rests on (duration, delivered_by, a client's profile)
                // is a warning that blanks the cell: rows 11 and 12 and client P003 are kept
                "contacts.csv: row 9 (line 10): client_id: a value is required",
                "contacts.csv: row 9 (line 10): contact_date: '2026-02-30' is not a valid date (use yyyy-MM-dd or dd/MM/yyyy)",
                "contacts.csv: row 9 (line 10): duration_minutes: 1500 is outside 0–1440; the cell is read as empty",
                "contacts.csv: row 9 (line 10): delivered_by: 'robot' is not a known code (peer_volunteer, peer_worker, staff); the cell is read as empty",
                "contacts.csv: row 9 (line 10): attended: 'maybe' is not a yes/no value " + BOOLEAN_HINT,
                "contacts.csv: row 10 (line 11): row has 5 cells but the header has 10",
                "contacts.csv: row 11 (line 12): duration_minutes: 'abc' is not a number; the cell is read as empty",
                "contacts.csv: row 12 (line 13): duration_minutes: '12.5' is not a whole number; the cell is read as empty",
                "clients.csv:4: client_id: 'P001' duplicates row 2",
                "clients.csv:5: sex: 'x' is not a known code (male, female, other, not_stated); the cell is read as empty",
                "clients.csv:5: birth_year: 1850 is outside 1900–2020; the cell is read as empty",
                "clients.csv:5: primary_substance: 'heroin' is not a known code (alcohol, opiates, crack, cocaine, "
                        + "amphetamines, cannabis, other)" + "; the cell is read as empty",
                "top.csv:3: top_date: review dated 2026-01-03 is before the client's first start TOP (2026-02-01)",
                "top.csv:5: psych_health: 24 is outside 0–20",
                "top.csv:6: alcohol_days: 29 is outside 0–28",
                "top.csv:6: alcohol_units: -1 is below 0",
                "top.csv:6: shared_equipment: 'maybe' is not a yes/no value " + BOOLEAN_HINT,
                "top.csv:7: row has 7 cells but the header has 8",
                "top.csv:8: stage: 'finish' is not a known code (start, review, exit, post_exit)",
                "episodes.csv:3: episode_end: 2026-02-01 is before episode_start (2026-03-01)",
                "episodes.csv:5: episode_start: a value is required",
                "volunteers.csv:3: left: 2025-05-01 is before joined (2025-06-01)");
        assertThat(result.issueCount()).isEqualTo(29);
    }

    @Test
    void givesEachIssueAKindAColumnAndASeverity() {
        ReadResult result = DatasetReader.read(fixture("errors"), ReadOptions.DEFAULTS);

        assertThat(result.issues()).extracting(RecordIssue::kind).containsExactly(
                "bad_code", "duplicate_id",
                "unknown_column", "bad_code", "unknown_project", "unknown_project", "duplicate_id", "missing_value",
                "bad_date", "out_of_range", "bad_code", "bad_boolean", "ragged_row", "bad_number", "bad_number",
                "duplicate_id", "bad_code", "out_of_range", "bad_code",
                "top_before_start", "out_of_range", "out_of_range", "out_of_range", "bad_boolean", "ragged_row",
                "bad_code",
                "date_order", "missing_value",
                "date_order");
        assertThat(result.issues().get(4)).isEqualTo(new RecordIssue(new SourceLocation("contacts.csv", 6, 7),
                "project_id", Severity.ERROR, "unknown_project",
                "contacts.csv: row 6 (line 7): project_id: 'XYZ' is not in projects"));
        assertThat(result.issues().get(2).severity()).isEqualTo(Severity.WARNING);
        assertThat(result.issues().get(19).severity()).isEqualTo(Severity.WARNING);
        assertThat(result.issues().get(12).column()).isNull();
    }

    @Test
    void countsEveryRowAsAcceptedOrQuarantinedUnderItsFirstErrorsKind() {
        ReadResult result = DatasetReader.read(fixture("errors"), ReadOptions.DEFAULTS);

        assertThat(result.dataset().files()).extracting(FileReport::file, FileReport::rows, FileReport::accepted,
                FileReport::quarantined).containsExactly(
                org.assertj.core.groups.Tuple.tuple("projects.csv", 4L, 2L, 2L),
                org.assertj.core.groups.Tuple.tuple("contacts.csv", 10L, 4L, 6L),
                org.assertj.core.groups.Tuple.tuple("clients.csv", 4L, 3L, 1L),
                org.assertj.core.groups.Tuple.tuple("top.csv", 7L, 3L, 4L),
                org.assertj.core.groups.Tuple.tuple("episodes.csv", 4L, 2L, 2L),
                org.assertj.core.groups.Tuple.tuple("volunteers.csv", 3L, 2L, 1L));
        FileReport contacts = result.dataset().files().get(1);
        // row 9 has five errors, counted once under the first (client_id missing)
        assertThat(contacts.quarantinedByReason()).containsExactly(Map.entry("bad_code", 1L),
                Map.entry("duplicate_id", 1L), Map.entry("missing_value", 1L),
                Map.entry("ragged_row", 1L), Map.entry("unknown_project", 2L));
        // rows 11 and 12: a duration that is not a whole number is blanked, the contact kept
        assertThat(contacts.warningsByKind()).containsExactly(Map.entry("bad_number", 2L),
                Map.entry("unknown_column", 1L));
        assertThat(result.dataset().files().get(2).warningsByKind()).containsExactly(Map.entry("bad_code", 2L),
                Map.entry("out_of_range", 1L));
        FileReport top = result.dataset().files().get(3);
        assertThat(top.quarantinedByReason()).containsExactly(Map.entry("bad_code", 1L),
                Map.entry("out_of_range", 2L), Map.entry("ragged_row", 1L));
        assertThat(top.warningsByKind()).containsExactly(Map.entry("top_before_start", 1L));
        assertThat(result.rejected()).hasSize(2 + 6 + 1 + 4 + 2 + 1);
    }

    @Test
    void keepsRejectedRowsUnchangedWithAllTheirReasons() {
        ReadResult result = DatasetReader.read(fixture("errors"), ReadOptions.DEFAULTS);

        RejectedRow row6 = result.rejected().stream().filter(r -> r.file().equals("top.csv") && r.row() == 6)
                .findFirst().orElseThrow();
        assertThat(row6.header()).containsExactly("client_id", "project_id", "top_date", "stage", "alcohol_days",
                "alcohol_units", "shared_equipment", "psych_health");
        assertThat(row6.cells()).containsExactly("P002", "HOPE", "2026-03-01", "review", "29", "-1", "maybe", "5");
        assertThat(row6.reason()).isEqualTo("alcohol_days: 29 is outside 0–28; alcohol_units: -1 is below 0; "
                + "shared_equipment: 'maybe' is not a yes/no value " + BOOLEAN_HINT);
        RejectedRow ragged = result.rejected().stream().filter(r -> r.file().equals("contacts.csv") && r.row() == 10)
                .findFirst().orElseThrow();
        assertThat(ragged.line()).isEqualTo(11);
        assertThat(ragged.cells()).containsExactly("C7", "P004", "BAT", "2026-04-05", "group");
        assertThat(ragged.reason()).isEqualTo("row has 5 cells but the header has 10");
    }

    @Test
    void buildsRecordsFromTheAcceptedRows() {
        Dataset data = DatasetReader.read(fixture("errors"), ReadOptions.DEFAULTS).dataset();

        assertThat(data.projects()).containsExactly(
                new Project("BAT", "Battling Addiction Together", "Ealing", ServiceType.PEER_AFTERCARE, "Ealing DAT",
                        LocalDate.of(2019, 4, 1), new SourceLocation("projects.csv", 2)),
                new Project("HOPE", "Hope Café", "Hounslow", ServiceType.DROP_IN, null, null,
                        new SourceLocation("projects.csv", 3)));
        assertThat(data.contacts()).containsExactly(
                new Contact("P001", "BAT", LocalDate.of(2026, 4, 1), ContactType.DROP_IN, 60,
                        DeliveredBy.PEER_VOLUNTEER, "V1", true),
                // 02/04/2026 is the UK 2 April; the empty duration is missing, never zero
                new Contact("P001", "BAT", LocalDate.of(2026, 4, 2), ContactType.ONE_TO_ONE, null,
                        DeliveredBy.STAFF, null, false),
                // an unreadable duration is blanked: the contact counts, its minutes are missing
                new Contact("P004", "BAT", LocalDate.of(2026, 4, 5), ContactType.GROUP, null, null, null, null),
                new Contact("P004", "BAT", LocalDate.of(2026, 4, 5), ContactType.GROUP, null, null, null, null));
        assertThat(data.clients()).containsExactly(
                new Client("P001", Sex.MALE, AgeBand.AGE_25_34, null, org.recoveryoutcomes.engine.model.Ethnicity.WHITE,
                        false, org.recoveryoutcomes.engine.model.SexualOrientation.HETEROSEXUAL, Substance.OTHER_DRUG,
                        org.recoveryoutcomes.engine.model.ReferralSource.SELF, new SourceLocation("clients.csv", 2)),
                new Client("P002", Sex.FEMALE, null, 1985, org.recoveryoutcomes.engine.model.Ethnicity.BLACK, true,
                        org.recoveryoutcomes.engine.model.SexualOrientation.NOT_STATED, Substance.OPIATES,
                        org.recoveryoutcomes.engine.model.ReferralSource.GP, new SourceLocation("clients.csv", 3)),
                // every unreadable value of P003's profile is blanked; the client is kept
                new Client("P003", null, null, null, null, null, null, null, null,
                        new SourceLocation("clients.csv", 5)));
        assertThat(data.episodes()).extracting(e -> e.clientId(), e -> e.end())
                .containsExactly(org.assertj.core.groups.Tuple.tuple("P001", LocalDate.of(2026, 3, 31)),
                        org.assertj.core.groups.Tuple.tuple("P003", null));
        assertThat(data.volunteers()).extracting(v -> v.volunteerId(), v -> v.joined(), v -> v.isPeer())
                .containsExactly(org.assertj.core.groups.Tuple.tuple("V1", LocalDate.of(2025, 1, 1), true),
                        org.assertj.core.groups.Tuple.tuple("V3", LocalDate.of(2025, 1, 1), null));
    }

    @Test
    void readsTopItemsWithMissingAsNaNAndFlagsAsOneOrZero() {
        Dataset data = DatasetReader.read(fixture("errors"), ReadOptions.DEFAULTS).dataset();

        TopRecord start = data.tops().get(0);
        assertThat(start.stage()).isEqualTo(TopStage.START);
        assertThat(start.value(TopItem.ALCOHOL_DAYS)).isEqualTo(20.0);
        assertThat(start.value(TopItem.ALCOHOL_UNITS)).isEqualTo(12.5);
        assertThat(start.value(TopItem.SHARED_EQUIPMENT)).isEqualTo(0.0);
        assertThat(start.value(TopItem.PSYCH_HEALTH)).isEqualTo(8.0);
        // columns the file does not have are missing for every row
        assertThat(start.has(TopItem.OPIATES_DAYS)).isFalse();
        assertThat(start.has(TopItem.QUALITY_OF_LIFE)).isFalse();
        assertThat(data.tops()).extracting(TopRecord::stage)
                .containsExactly(TopStage.START, TopStage.REVIEW, TopStage.EXIT);
    }

    @Test
    void listsTheOurColumnsEachFileHad() {
        Dataset data = DatasetReader.read(fixture("errors"), ReadOptions.DEFAULTS).dataset();

        assertThat(data.columnsPresent().get("contacts")).containsExactly("contact_id", "client_id", "project_id",
                "contact_date", "contact_type", "duration_minutes", "delivered_by", "volunteer_id", "attended");
        assertThat(data.columnsPresent().get("top")).containsExactly("client_id", "project_id", "top_date", "stage",
                "alcohol_days", "alcohol_units", "shared_equipment", "psych_health");
        assertThat(data.hasColumn("contacts", "attended")).isTrue();
        assertThat(data.hasColumn("projects", "commissioner")).isTrue();
        assertThat(data.columnsPresent()).containsOnlyKeys("projects", "contacts", "clients", "top", "episodes",
                "volunteers");
    }

    @Test
    void rejectsRowsWithWarningsWhenStrict() {
        ReadResult result = DatasetReader.read(fixture("errors"), new ReadOptions(null, false, true, null));

        RecordIssue review = result.issues().stream().filter(i -> i.kind().equals("top_before_start"))
                .findFirst().orElseThrow();
        assertThat(review.severity()).isEqualTo(Severity.ERROR);
        assertThat(result.dataset().tops()).extracting(TopRecord::stage).containsExactly(TopStage.START, TopStage.EXIT);
        FileReport top = result.dataset().files().get(3);
        assertThat(top.quarantinedByReason()).containsEntry("top_before_start", 1L);
        assertThat(top.warningsByKind()).isEmpty();
        assertThat(top.rows()).isEqualTo(7);
        assertThat(top.accepted() + top.quarantined()).isEqualTo(7);
        // a warning about a whole file keeps the file's rows even when strict
        assertThat(result.dataset().files().get(1).warningsByKind()).containsEntry("unknown_column", 1L);
        assertThat(result.rejected()).filteredOn(r -> r.file().equals("top.csv") && r.row() == 3)
                .extracting(RejectedRow::reason)
                .containsExactly("top_date: review dated 2026-01-03 is before the client's first start TOP (2026-02-01)");
    }

    @Test
    void hashesEachFilesBytes() throws Exception {
        ReadResult result = DatasetReader.read(fixture("errors"), ReadOptions.DEFAULTS);

        byte[] bytes = Files.readAllBytes(fixture("errors").resolve("projects.csv"));
        String expected = java.util.HexFormat.of().formatHex(
                java.security.MessageDigest.getInstance("SHA-256").digest(bytes));
        assertThat(result.dataset().files().get(0).sha256()).isEqualTo(expected).hasSize(64);
    }

    // --- the minimal fixture: only the two required files, with BOM, CRLF and untidy headers ---------------

    @Test
    void readsTheTwoRequiredFilesAloneAndWarnsThatOutcomesCannotBeComputed() {
        Path dir = fixture("minimal");
        ReadResult result = DatasetReader.read(dir, ReadOptions.DEFAULTS);

        assertThat(result.issues()).extracting(RecordIssue::message).containsExactly(
                "no top file in " + dir + ": outcome metrics cannot be computed (expected top.csv, top.xlsx, "
                        + "top.json or top.jsonl)");
        assertThat(result.issues().get(0).kind()).isEqualTo("missing_file");
        assertThat(result.issues().get(0).location()).isNull();
        // headers " Project_ID " and " NAME " match after trimming and ignoring case, behind a byte order mark
        assertThat(result.dataset().projects()).extracting(Project::projectId, Project::name)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("BAT", "Battling Addiction Together"));
        // 03/4/2026 is 3 April; codes ignore case
        assertThat(result.dataset().contacts()).extracting(Contact::date, Contact::type).containsExactly(
                org.assertj.core.groups.Tuple.tuple(LocalDate.of(2026, 4, 1), ContactType.DROP_IN),
                org.assertj.core.groups.Tuple.tuple(LocalDate.of(2026, 4, 3), ContactType.GROUP));
        assertThat(result.dataset().clients()).isEmpty();
        assertThat(result.dataset().tops()).isEmpty();
        assertThat(result.dataset().files()).extracting(FileReport::file).containsExactly("projects.csv",
                "contacts.csv");
        assertThat(result.dataset().columnsPresent()).containsOnlyKeys("projects", "contacts");
        assertThat(result.dataset().hasColumn("contacts", "attended")).isFalse();
    }

    // --- JSON and JSON Lines ---------------------------------------------------------------------------------

    @Test
    void numbersJsonRowsSoTheHeaderIsRowOne() {
        ReadResult result = DatasetReader.read(fixture("json"), ReadOptions.DEFAULTS);

        assertThat(result.issues()).extracting(RecordIssue::message).containsExactly(
                "projects.json:3: service_type: 'cafe' is not a known code (peer_aftercare, drop_in, peer_mentoring, "
                        + "social_club, vocational, arts, structured_treatment, other)",
                "contacts.jsonl:4: contact_date: '2026-13-01' is not a valid date (use yyyy-MM-dd or dd/MM/yyyy)",
                // line 4 (row 5) is 116 characters with its closing brace missing: input ends at column 117
                "contacts.jsonl:5: this line is not valid JSON (Unexpected end-of-input: expected close marker for "
                        + "Object at column 117)",
                "contacts.jsonl:6: client_id: an object or array is not a single value",
                "no top file in " + fixture("json") + ": outcome metrics cannot be computed (expected top.csv, "
                        + "top.xlsx, top.json or top.jsonl)");
        assertThat(result.dataset().contacts()).extracting(Contact::clientId, Contact::durationMinutes,
                Contact::attended).containsExactly(
                org.assertj.core.groups.Tuple.tuple("P001", 45, true),
                org.assertj.core.groups.Tuple.tuple("P003", null, null));
        assertThat(result.dataset().files().get(1).quarantinedByReason()).containsExactly(
                Map.entry("bad_date", 1L), Map.entry("bad_json", 1L), Map.entry("bad_value", 1L));
    }

    // --- files ---------------------------------------------------------------------------------------------

    @Test
    void stopsWhenTheProjectsFileIsMissing() throws IOException {
        Path dir = dir("contacts.csv", CONTACTS);

        assertThatThrownBy(() -> DatasetReader.read(dir, ReadOptions.DEFAULTS))
                .isInstanceOfSatisfying(ReportException.class,
                        e -> assertThat(e.kind()).isEqualTo(ReportException.Kind.INPUT))
                .hasMessage("no projects file in " + dir
                        + ": expected projects.csv, projects.xlsx, projects.json or projects.jsonl");
    }

    @Test
    void stopsWhenTheContactsFileIsMissingAndNamesAFileItCannotRead() throws IOException {
        Path dir = dir("projects.csv", PROJECTS, "contacts.xls", "binary");

        assertThatThrownBy(() -> DatasetReader.read(dir, ReadOptions.DEFAULTS))
                .hasMessage("no contacts file in " + dir + ": expected contacts.csv, contacts.xlsx, contacts.json or "
                        + "contacts.jsonl; found contacts.xls, which cannot be read: save it as .csv (UTF-8) or .xlsx");
    }

    @Test
    void stopsWhenTwoFilesHoldTheSameData() throws IOException {
        Path dir = dir("projects.csv", PROJECTS, "contacts.csv", CONTACTS, "contacts.json", "[]");

        assertThatThrownBy(() -> DatasetReader.read(dir, ReadOptions.DEFAULTS))
                .isInstanceOf(ReportException.class)
                .hasMessage(dir + ": contacts.csv and contacts.json both hold contacts; keep only one of them");
    }

    @Test
    void matchesFileNamesIgnoringCase() throws IOException {
        Path dir = dir("Projects.CSV", PROJECTS, "CONTACTS.csv", CONTACTS, "top.csv",
                "client_id,project_id,top_date,stage\n");

        ReadResult result = DatasetReader.read(dir, ReadOptions.DEFAULTS);

        assertThat(result.dataset().files()).extracting(FileReport::file)
                .containsExactly("Projects.CSV", "CONTACTS.csv", "top.csv");
        assertThat(result.issues()).isEmpty();
    }

    @Test
    void warnsAboutAnEmptyFileAndReadsNothingFromIt() throws IOException {
        Path dir = dir("projects.csv", PROJECTS, "contacts.csv", CONTACTS, "top.csv", "", "clients.json", "[]");

        ReadResult result = DatasetReader.read(dir, ReadOptions.DEFAULTS);

        assertThat(result.issues()).extracting(RecordIssue::message).containsExactly(
                "clients.json: the file is empty, so it gives no clients",
                "top.csv: the file is empty, so it gives no top");
        assertThat(result.dataset().files()).extracting(FileReport::file, FileReport::rows).contains(
                org.assertj.core.groups.Tuple.tuple("top.csv", 0L));
        assertThat(result.dataset().columnsPresent().get("top")).isEmpty();
    }

    @Test
    void warnsAboutFilesInAFormatItCannotRead() throws IOException {
        Path dir = dir("projects.csv", PROJECTS, "contacts.csv", CONTACTS, "clients.xls", "x", "top.csv",
                "client_id,project_id,top_date,stage\n", "top.txt", "x");

        ReadResult result = DatasetReader.read(dir, ReadOptions.DEFAULTS);

        assertThat(result.issues()).extracting(RecordIssue::kind, RecordIssue::message).containsExactly(
                org.assertj.core.groups.Tuple.tuple("unsupported_file", "clients.xls: this format cannot be read, so "
                        + "clients is treated as absent; save it as .csv (UTF-8) or .xlsx"),
                org.assertj.core.groups.Tuple.tuple("unsupported_file",
                        "top.txt: this file is ignored: top.csv is read instead"));
    }

    @Test
    void stopsWhenTheDataDirectoryDoesNotExist() {
        Path missing = temp.resolve("nowhere");

        assertThatThrownBy(() -> DatasetReader.read(missing, ReadOptions.DEFAULTS))
                .hasMessage(missing + ": the data directory does not exist");
    }

    // --- columns -------------------------------------------------------------------------------------------

    @Test
    void stopsWhenARequiredColumnIsMissingAndListsTheColumnsFound() throws IOException {
        Path dir = dir("projects.csv", PROJECTS, "contacts.csv",
                "contact_id,client_id,project_id,date,contact_type\nC1,P1,BAT,2026-04-01,group\n");

        assertThatThrownBy(() -> DatasetReader.read(dir, ReadOptions.DEFAULTS))
                .isInstanceOfSatisfying(ReportException.class, e -> {
                    assertThat(e.kind()).isEqualTo(ReportException.Kind.INPUT);
                    assertThat(e.location()).contains(new SourceLocation("contacts.csv", 1));
                })
                .hasMessage("contacts.csv:1: contact_date: this required column is missing; the columns found are "
                        + "contact_id, client_id, project_id, date, contact_type");
    }

    @Test
    void namesEveryMissingRequiredColumnAtOnce() throws IOException {
        Path dir = dir("projects.csv", PROJECTS, "contacts.csv", CONTACTS, "volunteers.csv",
                "Volunteer ID,project_id\nV1,BAT\n");

        assertThatThrownBy(() -> DatasetReader.read(dir, ReadOptions.DEFAULTS))
                .hasMessage("volunteers.csv:1: volunteer_id, joined, is_peer: these required columns are missing; "
                        + "the columns found are Volunteer ID, project_id");
    }

    @Test
    void saysWhenAFileIsSeparatedBySemicolons() throws IOException {
        Path dir = dir("projects.csv", "project_id;name;borough;service_type\nBAT;B;Ealing;arts\n");

        assertThatThrownBy(() -> DatasetReader.read(dir, ReadOptions.DEFAULTS))
                .hasMessage("no contacts file in " + dir + ": expected contacts.csv, contacts.xlsx, contacts.json or "
                        + "contacts.jsonl");
        Files.writeString(dir.resolve("contacts.csv"), CONTACTS);
        assertThatThrownBy(() -> DatasetReader.read(dir, ReadOptions.DEFAULTS))
                .hasMessage("projects.csv:1: project_id, name, borough, service_type: these required columns are "
                        + "missing; the columns found are project_id;name;borough;service_type (the columns seem to be "
                        + "separated by semicolons: save the file as comma-separated CSV)");
    }

    @Test
    void stopsWhenAColumnAppearsTwice() throws IOException {
        Path dir = dir("projects.csv", PROJECTS, "contacts.csv",
                "contact_id,client_id,project_id,contact_date,contact_type,Client_ID\n");

        assertThatThrownBy(() -> DatasetReader.read(dir, ReadOptions.DEFAULTS))
                .hasMessage("contacts.csv:1: client_id: the column appears twice (columns 2 and 6); keep only one");
    }

    @Test
    void ignoresUnknownColumnsWithOneWarningEach() throws IOException {
        Path dir = dir("projects.csv", "project_id,name,borough,service_type,Notes,notes ,,Manager\n"
                + "BAT,Battling,Ealing,arts,a,b,c,d\n", "contacts.csv", CONTACTS, "top.csv",
                "client_id,project_id,top_date,stage\n");

        ReadResult result = DatasetReader.read(dir, ReadOptions.DEFAULTS);

        assertThat(result.issues()).extracting(RecordIssue::message).containsExactly(
                "projects.csv:1: Notes: not a column of projects, so it is ignored",
                "projects.csv:1: column 7 has no name, so it is ignored",
                "projects.csv:1: Manager: not a column of projects, so it is ignored");
        assertThat(result.dataset().projects()).hasSize(1);
        assertThat(result.dataset().files().get(0).warningsByKind()).containsExactly(Map.entry("unknown_column", 3L));
    }

    // --- identifiers ---------------------------------------------------------------------------------------

    @Test
    void stopsWhenAColumnLooksLikeADateOfBirth() throws IOException {
        Path dir = dir("projects.csv", PROJECTS, "contacts.csv", CONTACTS, "clients.csv",
                "client_id,sex,date_of_birth\nP1,male,1980-01-01\n");

        assertThatThrownBy(() -> DatasetReader.read(dir, ReadOptions.DEFAULTS))
                .isInstanceOfSatisfying(ReportException.class,
                        e -> assertThat(e.kind()).isEqualTo(ReportException.Kind.INPUT))
                .hasMessage("clients.csv:1: date_of_birth: this column looks like a direct identifier (date of "
                        + "birth); anonymised data must not hold it — remove the column, or pass --allow-identifiers "
                        + "if it holds no personal data");
    }

    @Test
    void namesEveryIdentifierColumnAtOnce() throws IOException {
        Path dir = dir("projects.csv", PROJECTS, "contacts.csv",
                "contact_id,client_id,project_id,contact_date,contact_type,NHS Number,Post-Code,Surname\n");

        assertThatThrownBy(() -> DatasetReader.read(dir, ReadOptions.DEFAULTS))
                .hasMessage("contacts.csv:1: NHS Number, Post-Code, Surname: these columns look like direct "
                        + "identifiers (NHS number, postcode, name); anonymised data must not hold them — remove the "
                        + "columns, or pass --allow-identifiers if they hold no personal data");
    }

    @Test
    void allowsAProjectsNameButNotAClientsName() throws IOException {
        Path dir = dir("projects.csv", PROJECTS, "contacts.csv", CONTACTS, "clients.csv", "client_id,Name\nP1,Ann\n");

        assertThatThrownBy(() -> DatasetReader.read(dir, ReadOptions.DEFAULTS))
                .hasMessageStartingWith("clients.csv:1: Name: this column looks like a direct identifier (name);");
    }

    @Test
    void readsOnWithAWarningWhenIdentifiersAreAllowed() throws IOException {
        Path dir = dir("projects.csv", PROJECTS, "contacts.csv", CONTACTS, "top.csv",
                "client_id,project_id,top_date,stage\n", "clients.csv", "client_id,date_of_birth\nP1,1980-01-01\n");

        ReadResult result = DatasetReader.read(dir, new ReadOptions(null, true, false, null));

        assertThat(result.issues()).extracting(RecordIssue::kind, RecordIssue::message).containsExactly(
                org.assertj.core.groups.Tuple.tuple("identifier_column", "clients.csv:1: date_of_birth: this column "
                        + "looks like a direct identifier (date of birth); it is ignored, as identifiers were allowed"));
        assertThat(result.dataset().clients()).extracting(Client::clientId).containsExactly("P1");
    }

    // --- rows ----------------------------------------------------------------------------------------------

    @Test
    void rejectsReferencesToProjectsThatWereRejected() throws IOException {
        Path dir = dir("projects.csv", "project_id,name,borough,service_type\nBAT,Battling,Ealing,cafe\n",
                "contacts.csv", CONTACTS);

        ReadResult result = DatasetReader.read(dir, ReadOptions.DEFAULTS);

        assertThat(result.dataset().projects()).isEmpty();
        assertThat(result.dataset().contacts()).isEmpty();
        assertThat(result.issues()).extracting(RecordIssue::message).contains(
                "contacts.csv:2: project_id: 'BAT' is not in projects (its row, projects.csv:2, was rejected)");
    }

    @Test
    void rejectsDatesAfterTheReferenceDate() throws IOException {
        Path dir = dir("projects.csv", PROJECTS, "contacts.csv", CONTACTS
                + "C2,P1,BAT,2026-10-16,group\n");

        ReadResult result = DatasetReader.read(dir,
                new ReadOptions(null, false, false, LocalDate.of(2026, 10, 15)));

        assertThat(result.dataset().contacts()).extracting(Contact::date).containsExactly(LocalDate.of(2026, 4, 1));
        assertThat(result.issues()).extracting(RecordIssue::kind, RecordIssue::message).contains(
                org.assertj.core.groups.Tuple.tuple("future_date",
                        "contacts.csv:3: contact_date: 2026-10-16 is in the future (after 2026-10-15)"));
    }

    @Test
    void readsUpperCaseNamesAndCodesWhateverTheMachinesLocale() throws IOException {
        // In Turkish, "I".toLowerCase() is a dotless ı: CLIENT_ID and PHONE would not match under the default locale
        Path dir = dir("PROJECTS.CSV", "PROJECT_ID,NAME,BOROUGH,SERVICE_TYPE\nBAT,x,y,DROP_IN\n", "contacts.csv",
                "CONTACT_ID,CLIENT_ID,PROJECT_ID,CONTACT_DATE,CONTACT_TYPE,ATTENDED\nC1,P1,BAT,2026-01-01,PHONE,YES\n");
        java.util.Locale before = java.util.Locale.getDefault();
        ReadResult result;
        try {
            java.util.Locale.setDefault(java.util.Locale.forLanguageTag("tr-TR"));
            result = DatasetReader.read(dir, ReadOptions.DEFAULTS);
        } finally {
            java.util.Locale.setDefault(before);
        }

        assertThat(result.dataset().contacts()).extracting(Contact::type, Contact::attended)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(ContactType.PHONE, true));
        assertThat(result.dataset().projects()).extracting(Project::serviceType).containsExactly(ServiceType.DROP_IN);
    }

    @Test
    void treatsAnEmptyCellAsMissingNeverZero() throws IOException {
        Path dir = dir("projects.csv", PROJECTS, "contacts.csv", CONTACTS, "top.csv",
                "client_id,project_id,top_date,stage,psych_health,opiates_days\nP1,BAT,2026-01-01,start,, 3 \n");

        TopRecord top = DatasetReader.read(dir, ReadOptions.DEFAULTS).dataset().tops().get(0);

        assertThat(top.has(TopItem.PSYCH_HEALTH)).isFalse();
        assertThat(top.value(TopItem.OPIATES_DAYS)).isEqualTo(3.0);
    }

    @Test
    void skipsBlankRowsLeftBySpreadsheets() throws IOException {
        Path dir = dir("projects.csv", PROJECTS + ",,,\n  , ,,\n", "contacts.csv", CONTACTS);

        ReadResult result = DatasetReader.read(dir, ReadOptions.DEFAULTS);

        assertThat(result.dataset().files().get(0).rows()).isEqualTo(1);
        assertThat(result.rejected()).isEmpty();
    }

    @Test
    void keepsTheFirstThousandIssuesAndCountsThemAll() throws IOException {
        StringBuilder contacts = new StringBuilder("contact_id,client_id,project_id,contact_date,contact_type\n");
        for (int i = 0; i < 1200; i++) {
            contacts.append("C").append(i).append(",P1,BAT,2026-04-01,visit\n");
        }
        Path dir = dir("projects.csv", PROJECTS, "contacts.csv", contacts.toString());

        ReadResult result = DatasetReader.read(dir, ReadOptions.DEFAULTS);

        // 1200 bad codes + the missing top warning
        assertThat(result.issueCount()).isEqualTo(1201);
        assertThat(result.issues()).hasSize(1000);
        assertThat(result.issues().get(999).message()).startsWith("contacts.csv:1001: contact_type: 'visit'");
        assertThat(result.rejected()).hasSize(1200);
        assertThat(result.dataset().files().get(1).quarantinedByReason()).containsExactly(Map.entry("bad_code", 1200L));
    }

    @Test
    void readsAnXlsxWorkbookLikeACsvFile() throws IOException {
        Path dir = dir("projects.csv", PROJECTS);
        try (var wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook()) {
            var sheet = wb.createSheet("contacts");
            String[] header = {"contact_id", "client_id", "project_id", "contact_date", "contact_type",
                    "duration_minutes"};
            var h = sheet.createRow(0);
            for (int i = 0; i < header.length; i++) {
                h.createCell(i).setCellValue(header[i]);
            }
            var dateStyle = wb.createCellStyle();
            dateStyle.setDataFormat(wb.createDataFormat().getFormat("dd/mm/yyyy"));
            var r = sheet.createRow(1);
            r.createCell(0).setCellValue("C1");
            r.createCell(1).setCellValue(1234);
            r.createCell(2).setCellValue("BAT");
            var d = r.createCell(3);
            d.setCellValue(LocalDate.of(2026, 4, 1));
            d.setCellStyle(dateStyle);
            r.createCell(4).setCellValue("group");
            r.createCell(5).setCellValue(30.0);
            var bad = sheet.createRow(3); // Excel row 4, after a blank row 3
            bad.createCell(0).setCellValue("C2");
            bad.createCell(1).setCellValue("P2");
            bad.createCell(2).setCellValue("BAT");
            bad.createCell(3).setCellValue("2026-04-02");
            bad.createCell(4).setCellValue("group");
            bad.createCell(5).setCellValue(2000);
            try (var out = Files.newOutputStream(dir.resolve("contacts.xlsx"))) {
                wb.write(out);
            }
        }

        ReadResult result = DatasetReader.read(dir, ReadOptions.DEFAULTS);

        assertThat(result.dataset().contacts()).containsExactly(new Contact("1234", "BAT",
                LocalDate.of(2026, 4, 1), ContactType.GROUP, 30, null, null, null),
                new Contact("P2", "BAT", LocalDate.of(2026, 4, 2), ContactType.GROUP, null, null, null, null));
        assertThat(result.issues()).extracting(RecordIssue::message)
                .contains("contacts.xlsx:4: duration_minutes: 2000 is outside 0–1440; the cell is read as empty");
    }

    @Test
    void acceptsEveryDataRowAsEitherKeptOrRejected() {
        ReadResult result = DatasetReader.read(fixture("errors"), ReadOptions.DEFAULTS);
        Dataset d = result.dataset();

        long accepted = d.projects().size() + d.contacts().size() + d.clients().size() + d.tops().size()
                + d.episodes().size() + d.volunteers().size();
        long rows = d.files().stream().mapToLong(FileReport::rows).sum();
        assertThat(accepted + result.rejected().size()).isEqualTo(rows).isEqualTo(32);
        assertThat(List.of(d.files().get(0).accepted())).containsExactly((long) d.projects().size());
    }
}
