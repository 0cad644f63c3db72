package org.recoveryoutcomes.engine.model;

import java.time.LocalDate;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.RandomAccess;

/**
 * The accepted TOP interviews of a dataset, held column by column: client and project as ordinals into
 * dictionaries, the date as an epoch day, the stage as a byte, each item in a column of its own (a byte for days,
 * scores and flags, a double for amounts). Rows keep the order they were read in. This class is immutable.
 *
 * <p>Read it by row index ({@code table.day(i)}, {@code table.value(i, TopItem.OPIATES_DAYS)}, {@code NaN} when
 * missing) or as a {@code List<TopRecord>} that makes a {@link TopRecord} for each row it is asked for.
 */
public final class TopTable extends AbstractList<TopRecord> implements RandomAccess {

    private static final TopStage[] STAGES = TopStage.values();
    private static final TopItem[] ITEMS = TopItem.values();
    private static final byte MISSING = -1;

    private final IdDictionary clientIds;
    private final IdDictionary projectIds;
    private final List<String> files;
    private final int size;
    private final int[] client;
    private final int[] project;
    private final int[] day;
    private final byte[] stage;
    private final byte[] file;
    private final int[] row;
    /**
     * Per row, its line minus its row (a CSV field holding line breaks came before it); null while every row's
     * line is its row, as in most files, so that the column costs nothing then.
     */
    private final int[] lineAfterRow;
    /** Per item: a {@code byte[]} (−1 missing) for days, scores and flags, a {@code double[]} for amounts. */
    private final Object[] items;

    private TopTable(Builder b, IdDictionary.Sorted clients) {
        IdDictionary.Sorted projects = b.projects.build();
        this.clientIds = clients.dictionary();
        this.projectIds = projects.dictionary();
        this.files = List.copyOf(b.files);
        this.size = b.size;
        this.client = clients.renumber(Arrays.copyOf(b.client, size));
        b.client = null;
        this.project = projects.renumber(Arrays.copyOf(b.project, size));
        b.project = null;
        this.day = Arrays.copyOf(b.day, size);
        b.day = null;
        this.stage = Arrays.copyOf(b.stage, size);
        b.stage = null;
        this.file = Arrays.copyOf(b.file, size);
        b.file = null;
        this.row = Arrays.copyOf(b.row, size);
        b.row = null;
        this.lineAfterRow = b.lineAfterRow == null ? null : Arrays.copyOf(b.lineAfterRow, size);
        b.lineAfterRow = null;
        this.items = new Object[ITEMS.length];
        for (int k = 0; k < ITEMS.length; k++) {
            items[k] = b.items[k] instanceof double[] d ? Arrays.copyOf(d, size)
                    : Arrays.copyOf((byte[]) b.items[k], size);
            b.items[k] = null;
        }
    }


    /** The dictionary of {@link #client}, shared with the dataset's other tables. */
    public IdDictionary clientIds() {
        return clientIds;
    }

    /** The dictionary of {@link #project}. */
    public IdDictionary projectIds() {
        return projectIds;
    }

    @Override
    public int size() {
        return size;
    }

    /** The client's ordinal in {@link #clientIds()}. */
    public int client(int i) {
        Objects.checkIndex(i, size);
        return client[i];
    }

    /** The project's ordinal in {@link #projectIds()}. */
    public int project(int i) {
        Objects.checkIndex(i, size);
        return project[i];
    }

    /** The TOP date as an epoch day. */
    public int day(int i) {
        Objects.checkIndex(i, size);
        return day[i];
    }

    public TopStage stage(int i) {
        Objects.checkIndex(i, size);
        return STAGES[stage[i]];
    }

    /** True when the item has a value in row {@code i}. */
    public boolean has(int i, TopItem item) {
        return !Double.isNaN(value(i, item));
    }

    /** The item's value in row {@code i}, or {@code NaN} when missing. */
    public double value(int i, TopItem item) {
        Objects.checkIndex(i, size);
        Object column = items[item.ordinal()];
        if (column instanceof double[] d) {
            return d[i];
        }
        byte b = ((byte[]) column)[i];
        return b == MISSING ? Double.NaN : b;
    }

    /** Where row {@code i} was read, or {@code null} for a record built in code without one. */
    public SourceLocation source(int i) {
        Objects.checkIndex(i, size);
        return file[i] < 0 ? null : new SourceLocation(files.get(file[i]), row[i],
                row[i] + (lineAfterRow == null ? 0 : lineAfterRow[i]));
    }

    @Override
    public TopRecord get(int i) {
        Objects.checkIndex(i, size);
        double[] values = new double[ITEMS.length];
        for (TopItem item : ITEMS) {
            values[item.ordinal()] = value(i, item);
        }
        return new TopRecord(clientIds.id(client[i]), projectIds.id(project[i]), LocalDate.ofEpochDay(day[i]),
                STAGES[stage[i]], values, source(i));
    }

    /**
     * Collects TOPs row by row. Client ids are numbered in a dictionary builder shared with the other tables of
     * the dataset; {@link #build} sorts the dictionaries once. Not thread-safe.
     */
    public static final class Builder {
        private final IdDictionary.Builder clients;
        private final IdDictionary.Builder projects = new IdDictionary.Builder();
        private final List<String> files = new ArrayList<>();
        private int size;
        private int[] client = new int[16];
        private int[] project = new int[16];
        private int[] day = new int[16];
        private byte[] stage = new byte[16];
        private byte[] file = new byte[16];
        private int[] row = new int[16];
        private int[] lineAfterRow;
        private final Object[] items = new Object[ITEMS.length];

        public Builder(IdDictionary.Builder clients) {
            this.clients = Objects.requireNonNull(clients, "clients");
            for (TopItem item : ITEMS) {
                items[item.ordinal()] = item.kind() == TopItem.Kind.AMOUNT ? new double[16] : new byte[16];
            }
        }

        /** Adds one TOP. */
        public Builder add(TopRecord t) {
            return add(t.clientId(), t.projectId(), Math.toIntExact(t.date().toEpochDay()), t.stage(), t.values(),
                    t.source());
        }

        /**
         * Adds one TOP.
         *
         * @param values one per {@link TopItem}, {@code NaN} when missing; days, scores and flags must be whole
         *     numbers in their item's range
         * @param source where it was read, or {@code null}
         */
        public Builder add(String clientId, String projectId, int epochDay, TopStage stage, double[] values,
                           SourceLocation source) {
            Objects.requireNonNull(stage, "stage");
            if (values.length != ITEMS.length) {
                throw new IllegalArgumentException("values must hold one entry per TopItem (" + ITEMS.length
                        + "), had " + values.length);
            }
            for (TopItem item : ITEMS) {
                double v = values[item.ordinal()];
                if (item.kind() != TopItem.Kind.AMOUNT && !Double.isNaN(v)
                        && (v != Math.rint(v) || v < item.kind().min() || v > item.kind().max())) {
                    throw new IllegalArgumentException(item.code() + " must be a whole number in "
                            + (int) item.kind().min() + "–" + (int) item.kind().max() + ", was " + v);
                }
            }
            if (size == day.length) {
                grow();
            }
            int i = size++;
            this.client[i] = clients.intern(Objects.requireNonNull(clientId, "clientId"));
            this.project[i] = projects.intern(Objects.requireNonNull(projectId, "projectId"));
            this.day[i] = epochDay;
            this.stage[i] = (byte) stage.ordinal();
            this.file[i] = source == null ? -1 : fileIndex(source.file());
            this.row[i] = source == null ? 0 : source.row();
            if (source != null && source.line() != source.row()) {
                if (lineAfterRow == null) {
                    lineAfterRow = new int[row.length];
                }
                lineAfterRow[i] = source.line() - source.row();
            }
            for (TopItem item : ITEMS) {
                double v = values[item.ordinal()];
                if (items[item.ordinal()] instanceof double[] d) {
                    d[i] = v;
                } else {
                    ((byte[]) items[item.ordinal()])[i] = Double.isNaN(v) ? MISSING : (byte) v;
                }
            }
            return this;
        }

        private byte fileIndex(String name) {
            int k = files.indexOf(name);
            if (k < 0) {
                if (files.size() == Byte.MAX_VALUE) {
                    throw new IllegalArgumentException("too many source files");
                }
                files.add(name);
                k = files.size() - 1;
            }
            return (byte) k;
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

        /** How many TOPs so far. */
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
            stage = Arrays.copyOf(stage, n);
            file = Arrays.copyOf(file, n);
            row = Arrays.copyOf(row, n);
            if (lineAfterRow != null) {
                lineAfterRow = Arrays.copyOf(lineAfterRow, n);
            }
            for (int k = 0; k < items.length; k++) {
                items[k] = items[k] instanceof double[] d ? Arrays.copyOf(d, n) : Arrays.copyOf((byte[]) items[k], n);
            }
        }

        /**
         * The table, client ordinals taken from {@code clients} (the shared builder's sorted dictionary). The
         * builder must not be used afterwards.
         */
        public TopTable build(IdDictionary.Sorted clients) {
            if (day == null) {
                throw new IllegalStateException("this builder has been built already");
            }
            return new TopTable(this, clients);
        }
    }
}
