package dev.zhengce.policy.examples.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

/**
 * Rows read ahead on a second thread, in batches through a short queue, so that decoding and
 * parsing the input overlaps with computing and writing the output (the machine's second
 * core); in input order, in bounded memory (a few batches). A problem of the whole input is
 * handed over in its place in the order, and thrown there. Rows go over with what the reading
 * thread alone can give: their cells, when they will be needed, and a check's verdict.
 *
 * @param <T> the values' type
 */
final class ReadAhead<T> implements Input.Source<T> {
    private static final int BATCH = 512;
    private static final int BATCHES = 4;

    private final Input.Source<T> source;
    private final BlockingQueue<List<Object>> queue = new ArrayBlockingQueue<>(BATCHES);
    private final Thread reader;
    private List<Object> batch = List.of();
    private int next;
    private boolean done;
    private volatile boolean stopped;

    /**
     * Starts reading.
     *
     * @param source    the rows
     * @param keepCells whether every row's cells are kept (for a rejects file), not only a bad row's
     * @param check     the refusal of a row that reads well, or {@code null}; its error goes with the row
     */
    ReadAhead(Input.Source<T> source, boolean keepCells, Function<Input.Row<T>, InputError> check) {
        this.source = source;
        this.reader = new Thread(() -> read(keepCells, check), "zhengce-read-ahead");
        reader.setDaemon(true);
        reader.start();
    }

    private void read(boolean keepCells, Function<Input.Row<T>, InputError> check) {
        List<Object> rows = new ArrayList<>(BATCH);
        try {
            while (!stopped) {
                Input.Row<T> row = source.next();
                if (row == null) {
                    break;
                }
                InputError error = row.error;
                if (error == null && check != null) {
                    error = check.apply(row);
                }
                if (error != null || keepCells) {
                    List<String> cells = row.cells.get();
                    row = error == row.error ? row.withCells(cells) : Input.Row.refused(row, error, cells);
                }
                rows.add(row);
                if (rows.size() == BATCH) {
                    put(rows);
                    rows = new ArrayList<>(BATCH);
                }
            }
        } catch (RuntimeException e) {
            rows.add(e);
        }
        rows.add(this);
        put(rows);
    }

    private void put(List<Object> rows) {
        try {
            while (!stopped && !queue.offer(rows, 100, TimeUnit.MILLISECONDS)) {
                // the consumer is busy: wait, unless it has stopped
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            stopped = true;
        }
    }

    @Override
    @SuppressWarnings("unchecked")
    public Input.Row<T> next() {
        while (!done) {
            if (next < batch.size()) {
                Object o = batch.get(next++);
                if (o == this) {
                    done = true;
                    break;
                }
                if (o instanceof RuntimeException) {
                    done = true;
                    throw (RuntimeException) o;
                }
                return (Input.Row<T>) o;
            }
            try {
                batch = queue.take();
                next = 0;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while reading", e);
            }
        }
        return null;
    }

    @Override
    public List<String> columns() {
        return source.columns();
    }

    @Override
    public long bytesRead() {
        return source.bytesRead();
    }

    /** Stops the reading thread, then closes the input. */
    @Override
    public void close() {
        stopped = true;
        reader.interrupt();
        try {
            reader.join(1_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        source.close();
    }
}
