package org.recoveryoutcomes.engine.model;

import java.time.LocalDate;
import java.util.AbstractList;
import java.util.Arrays;
import java.util.Objects;
import java.util.RandomAccess;

/**
 * The accepted contacts of a dataset, held column by column: a client and a project as an ordinal into a
 * dictionary, the date as an epoch day, codes as bytes, so that twenty million contacts take about 21 bytes each
 * instead of an object per row. Rows are ordered by project (by id), then date, then the order they were read
 * in, so that each project's contacts are one run sorted by date. This class is immutable.
 *
 * <p>Read it by row index: {@code table.day(i)}, {@code table.client(i)}; or as a {@code List<Contact>} that
 * makes a {@link Contact} for each row it is asked for (convenient in tests, too slow for a metric's inner loop).
 * Missing values are −1 ({@link #duration}, {@link #volunteer}, {@link #attendedCode}) or {@code null}
 * ({@link #deliveredBy}).
 */
public final class ContactTable extends AbstractList<Contact> implements RandomAccess {

    private static final ContactType[] TYPES = ContactType.values();
    private static final DeliveredBy[] BY = DeliveredBy.values();

    private final IdDictionary clientIds;
    private final IdDictionary projectIds;
    private final IdDictionary volunteerIds;
    private final int size;
    private final int[] client;
    private final int[] project;
    private final int[] day;
    private final byte[] type;
    private final byte[] deliveredBy;
    private final short[] duration;
    private final int[] volunteer;
    private final byte[] attended;

    private ContactTable(Builder b, IdDictionary.Sorted clients) {
        // Rows in (project, date, order read) order, so that a project's contacts are one run sorted by date and
        // the metrics need no index of their own. Column by column, each builder array let go as soon as it is
        // copied: the peak is the order and one column over the table, not the table twice.
        IdDictionary.Sorted projects = b.projects.build();
        IdDictionary.Sorted volunteers = b.volunteers.build();
        this.clientIds = clients.dictionary();
        this.projectIds = projects.dictionary();
        this.volunteerIds = volunteers.dictionary();
        this.size = b.size;
        int[] projectColumn = projects.renumber(Arrays.copyOf(b.project, size));
        b.project = null;
        int[] order = order(projectColumn, projectIds.size(), b.day, size);
        this.project = permute(projectColumn, order);
        this.client = clients.renumber(permute(b.client, order));
        b.client = null;
        this.day = permute(b.day, order);
        b.day = null;
        this.type = permute(b.type, order);
        b.type = null;
        this.deliveredBy = permute(b.deliveredBy, order);
        b.deliveredBy = null;
        this.duration = permute(b.duration, order);
        b.duration = null;
        this.volunteer = volunteers.renumber(permute(b.volunteer, order));
        b.volunteer = null;
        this.attended = permute(b.attended, order);
        b.attended = null;
    }

    /** The rows by project, then day, then as read: two stable counting sorts. */
    private static int[] order(int[] project, int projects, int[] day, int size) {
        int min = Integer.MAX_VALUE;
        int max = Integer.MIN_VALUE;
        for (int i = 0; i < size; i++) {
            min = Math.min(min, day[i]);
            max = Math.max(max, day[i]);
        }
        int[] byDay = new int[size];
        if (size > 0) {
            int[] count = new int[max - min + 2];
            for (int i = 0; i < size; i++) {
                count[day[i] - min + 1]++;
            }
            for (int k = 1; k < count.length; k++) {
                count[k] += count[k - 1];
            }
            for (int i = 0; i < size; i++) {
                byDay[count[day[i] - min]++] = i;
            }
        }
        int[] count = new int[projects + 1];
        for (int i = 0; i < size; i++) {
            count[project[i] + 1]++;
        }
        for (int k = 1; k < count.length; k++) {
            count[k] += count[k - 1];
        }
        int[] order = new int[size];
        for (int i : byDay) {
            order[count[project[i]]++] = i;
        }
        return order;
    }

    private static int[] permute(int[] column, int[] order) {
        int[] out = new int[order.length];
        for (int k = 0; k < order.length; k++) {
            out[k] = column[order[k]];
        }
        return out;
    }

    private static short[] permute(short[] column, int[] order) {
        short[] out = new short[order.length];
        for (int k = 0; k < order.length; k++) {
            out[k] = column[order[k]];
        }
        return out;
    }

    private static byte[] permute(byte[] column, int[] order) {
        byte[] out = new byte[order.length];
        for (int k = 0; k < order.length; k++) {
            out[k] = column[order[k]];
        }
        return out;
    }


    /** The dictionary of {@link #client}, shared with the dataset's other tables. */
    public IdDictionary clientIds() {
        return clientIds;
    }

    /** The dictionary of {@link #project}. */
    public IdDictionary projectIds() {
        return projectIds;
    }

    /** The dictionary of {@link #volunteer}. */
    public IdDictionary volunteerIds() {
        return volunteerIds;
    }

    @Override
    public int size() {
        return size;
    }

    /** The client's ordinal in {@link #clientIds()}. */
    public int client(int row) {
        Objects.checkIndex(row, size);
        return client[row];
    }

    /** The project's ordinal in {@link #projectIds()}. */
    public int project(int row) {
        Objects.checkIndex(row, size);
        return project[row];
    }

    /** The contact date as an epoch day. */
    public int day(int row) {
        Objects.checkIndex(row, size);
        return day[row];
    }

    public ContactType type(int row) {
        Objects.checkIndex(row, size);
        return TYPES[type[row]];
    }

    /** The duration in minutes, or −1 when missing. */
    public int duration(int row) {
        Objects.checkIndex(row, size);
        return duration[row];
    }

    /** Who delivered it, or {@code null} when missing. */
    public DeliveredBy deliveredBy(int row) {
        Objects.checkIndex(row, size);
        return deliveredBy[row] < 0 ? null : BY[deliveredBy[row]];
    }

    /** The volunteer's ordinal in {@link #volunteerIds()}, or −1 when missing. */
    public int volunteer(int row) {
        Objects.checkIndex(row, size);
        return volunteer[row];
    }

    /** Code of a cancelled contact in {@link #attendedCode}: neither attended nor missed. */
    public static final int CANCELLED = 2;

    /**
     * 1 attended, 0 booked but not attended, {@link #CANCELLED} (2) cancelled, −1 missing (which counts as
     * attended).
     */
    public int attendedCode(int row) {
        Objects.checkIndex(row, size);
        return attended[row];
    }

    /** True unless the contact is recorded as not attended or as cancelled. */
    public boolean isAttended(int row) {
        Objects.checkIndex(row, size);
        return attended[row] == 1 || attended[row] < 0;
    }

    @Override
    public Contact get(int row) {
        Objects.checkIndex(row, size);
        return new Contact(clientIds.id(client[row]), projectIds.id(project[row]), LocalDate.ofEpochDay(day[row]),
                TYPES[type[row]], duration[row] < 0 ? null : (int) duration[row], deliveredBy(row),
                volunteer[row] < 0 ? null : volunteerIds.id(volunteer[row]),
                attended[row] < 0 || attended[row] == CANCELLED ? null : attended[row] == 1,
                attended[row] == CANCELLED);
    }

    /**
     * Collects contacts row by row. Client ids are numbered in a dictionary builder shared with the other tables
     * of the dataset; {@link #build} sorts every dictionary once. Not thread-safe.
     */
    public static final class Builder {
        private final IdDictionary.Builder clients;
        private final IdDictionary.Builder projects = new IdDictionary.Builder();
        private final IdDictionary.Builder volunteers = new IdDictionary.Builder();
        private int size;
        private int[] client = new int[16];
        private int[] project = new int[16];
        private int[] day = new int[16];
        private byte[] type = new byte[16];
        private byte[] deliveredBy = new byte[16];
        private short[] duration = new short[16];
        private int[] volunteer = new int[16];
        private byte[] attended = new byte[16];

        public Builder(IdDictionary.Builder clients) {
            this.clients = Objects.requireNonNull(clients, "clients");
        }

        /** Adds one contact. */
        public Builder add(Contact c) {
            return add(c.clientId(), c.projectId(), Math.toIntExact(c.date().toEpochDay()), c.type(),
                    c.durationMinutes() == null ? -1 : c.durationMinutes(), c.deliveredBy(), c.volunteerId(),
                    c.cancelled() ? CANCELLED : c.attended() == null ? -1 : c.attended() ? 1 : 0);
        }

        /**
         * Adds one contact.
         *
         * @param durationMinutes 0–32767, or −1 when missing
         * @param deliveredBy {@code null} when missing
         * @param volunteerId {@code null} when missing
         * @param attended 1, 0, {@link #CANCELLED}, or −1 when missing
         */
        public Builder add(String clientId, String projectId, int epochDay, ContactType type, int durationMinutes,
                           DeliveredBy deliveredBy, String volunteerId, int attended) {
            Objects.requireNonNull(type, "type");
            if (durationMinutes < -1 || durationMinutes > Short.MAX_VALUE) {
                throw new IllegalArgumentException("durationMinutes out of range: " + durationMinutes);
            }
            if (attended < -1 || attended > CANCELLED) {
                throw new IllegalArgumentException("attended must be -1, 0, 1 or 2 (cancelled), was " + attended);
            }
            if (size == day.length) {
                grow();
            }
            int i = size++;
            this.client[i] = clients.intern(Objects.requireNonNull(clientId, "clientId"));
            this.project[i] = projects.intern(Objects.requireNonNull(projectId, "projectId"));
            this.day[i] = epochDay;
            this.type[i] = (byte) type.ordinal();
            this.deliveredBy[i] = (byte) (deliveredBy == null ? -1 : deliveredBy.ordinal());
            this.duration[i] = (short) durationMinutes;
            this.volunteer[i] = volunteerId == null ? -1 : volunteers.intern(volunteerId);
            this.attended[i] = (byte) attended;
            return this;
        }

        /**
         * Makes room for {@code rows} rows in all, so that a table whose size is known roughly in advance (from the
         * file's size) is not copied as it grows; the surplus is let go by {@link #build}.
         */
        public Builder ensureCapacity(long rows) {
            if (rows > day.length) {
                resize((int) Math.min(Integer.MAX_VALUE - 8, rows));
            }
            return this;
        }

        /** How many contacts so far. */
        public int size() {
            return size;
        }

        private void grow() {
            resize(Math.max(16, (int) Math.min(Integer.MAX_VALUE - 8, size + (size >> 1) + 16L)));
        }

        private void resize(int n) {
            client = Arrays.copyOf(client, n);
            project = Arrays.copyOf(project, n);
            day = Arrays.copyOf(day, n);
            type = Arrays.copyOf(type, n);
            deliveredBy = Arrays.copyOf(deliveredBy, n);
            duration = Arrays.copyOf(duration, n);
            volunteer = Arrays.copyOf(volunteer, n);
            attended = Arrays.copyOf(attended, n);
        }

        /**
         * The table, client ordinals taken from {@code clients} (the shared builder's sorted dictionary). The
         * builder must not be used afterwards.
         */
        public ContactTable build(IdDictionary.Sorted clients) {
            if (day == null) {
                throw new IllegalStateException("this builder has been built already");
            }
            return new ContactTable(this, clients);
        }
    }
}
