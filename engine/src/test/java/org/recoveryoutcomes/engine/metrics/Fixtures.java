package org.recoveryoutcomes.engine.metrics;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.recoveryoutcomes.engine.model.Client;
import org.recoveryoutcomes.engine.model.Contact;
import org.recoveryoutcomes.engine.model.ContactType;
import org.recoveryoutcomes.engine.model.Dataset;
import org.recoveryoutcomes.engine.model.DeliveredBy;
import org.recoveryoutcomes.engine.model.EngineInfo;
import org.recoveryoutcomes.engine.model.Episode;
import org.recoveryoutcomes.engine.model.ExitReason;
import org.recoveryoutcomes.engine.model.FileReport;
import org.recoveryoutcomes.engine.model.Period;
import org.recoveryoutcomes.engine.model.Project;
import org.recoveryoutcomes.engine.model.ServiceType;
import org.recoveryoutcomes.engine.model.Settings;
import org.recoveryoutcomes.engine.model.Substance;
import org.recoveryoutcomes.engine.model.TopItem;
import org.recoveryoutcomes.engine.model.TopRecord;
import org.recoveryoutcomes.engine.model.TopStage;

/** Small datasets built in code, one record at a time. */
final class Fixtures {

    static final Settings S = Settings.DEFAULTS;
    static final Period Q3 = Period.parse("2026-Q3");
    static final Period OUTCOME = Period.parse("12m:2026-09-30");
    static final LocalDate END = Q3.end();
    static final EngineInfo ENGINE = new EngineInfo("recovery-outcomes", "test");

    /** Every canonical column of contacts, top and episodes, as the reader reports them when all are present. */
    static final Map<String, Set<String>> ALL_COLUMNS = Map.of(
            "contacts", Set.of("contact_id", "client_id", "project_id", "contact_date", "contact_type",
                    "duration_minutes", "delivered_by", "volunteer_id", "attended"),
            "top", Set.of("client_id", "project_id", "top_date", "stage"),
            "episodes", Set.of("client_id", "project_id", "episode_start", "episode_end", "exit_reason"));


    final List<Project> projects = new ArrayList<>();
    final List<Contact> contacts = new ArrayList<>();
    final List<Client> clients = new ArrayList<>();
    final List<TopRecord> tops = new ArrayList<>();
    final List<Episode> episodes = new ArrayList<>();
    final List<FileReport> files = new ArrayList<>();
    Map<String, Set<String>> columns = ALL_COLUMNS;

    static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    Fixtures project(String id, String borough) {
        projects.add(new Project(id, "Project " + id, borough, ServiceType.PEER_AFTERCARE, null, null, null));
        return this;
    }

    /** An attended contact (attended not recorded), a drop-in. */
    Fixtures seen(String client, String project, LocalDate date) {
        return contact(client, project, date, ContactType.DROP_IN, null, null, null, null);
    }

    /** Attended contacts on each date. */
    Fixtures seen(String client, String project, LocalDate... dates) {
        for (LocalDate date : dates) {
            seen(client, project, date);
        }
        return this;
    }

    Fixtures contact(String client, String project, LocalDate date, ContactType type, Integer minutes,
                     DeliveredBy by, String volunteer, Boolean attended) {
        contacts.add(new Contact(client, project, date, type, minutes, by, volunteer, attended));
        return this;
    }

    Fixtures client(String id, Substance primary) {
        clients.add(new Client(id, null, null, null, null, null, null, primary, null, null));
        return this;
    }

    Fixtures top(String client, String project, LocalDate date, TopStage stage) {
        tops.add(top(client, project, date, stage, Map.of()));
        return this;
    }

    Fixtures top(String client, String project, LocalDate date, TopStage stage, TopItem item, double value) {
        tops.add(top(client, project, date, stage, Map.of(item, value)));
        return this;
    }

    static TopRecord top(String client, String project, LocalDate date, TopStage stage, Map<TopItem, Double> items) {
        double[] values = TopRecord.emptyValues();
        items.forEach((item, v) -> values[item.ordinal()] = v);
        return new TopRecord(client, project, date, stage, values, null);
    }

    Fixtures episode(String client, String project, LocalDate start, LocalDate end, ExitReason reason) {
        episodes.add(new Episode(client, project, start, end, reason, null));
        return this;
    }

    Fixtures columns(Map<String, Set<String>> present) {
        this.columns = present;
        return this;
    }

    Dataset dataset() {
        return Dataset.of(projects, contacts, clients, tops, episodes, List.of(), files, columns);
    }

    DataIndex index() {
        return new DataIndex(dataset());
    }

    static MetricsRequest request(String comparator, Map<String, Double> values, int trendQuarters) {
        return new MetricsRequest(Q3, OUTCOME, S, comparator, values, trendQuarters, ENGINE);
    }
}
