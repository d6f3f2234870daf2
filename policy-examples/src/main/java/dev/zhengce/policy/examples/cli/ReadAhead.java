package dev.zhengce.policy.examples.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

/**
 * Rows read ahead on a second thread, in batches through a short queue, so that decoding,
 * parsing and what can be computed from one row alone (an application's award, before a
 * ledger settles it in order) overlap with the rest on the machine's second core; in input
 * order, in bounded memory (a few batches). A problem of the whole input is handed over in its
 * place in the order, and thrown there. Rows go over with what the reading thread alone can
 * give: the value computed from them, or the error that refuses them, and their cells where
 * they will be needed.
 *
 * @param <T> the values read
 * @param <R> the values computed from them
 */
final class ReadAhead<T, R> implements Input.Source<R> {
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
     * @param compute   the value of a row that reads well, computed on the reading thread; an
     *                  {@link InputError} it throws refuses the row, and goes with it
     */
    ReadAhead(Input.Source<T> source, boolean keepCells, Function<Input.Row<T>, R> compute) {
        this.source = source;
        this.reader = new Thread(() -> read(keepCells, compute), "zhengce-read-ahead");
        reader.setDaemon(true);
        reader.start();
    }

    private void read(boolean keepCells, Function<Input.Row<T>, R> compute) {
        List<Object> rows = new ArrayList<>(BATCH);
        try {
            while (!stopped) {
                Input.Row<T> row = source.next();
                if (row == null) {
                    break;
                }
                InputError error = row.error;
                R value = null;
                if (error == null) {
                    try {
                        value = compute.apply(row);
                    } catch (InputError e) {
                        error = e;
                    }
                }
                // the cells are the reader's until the next row: kept, where needed, before it
                rows.add(row.as(value, error, error != null || keepCells ? row.cells.get() : null));
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
    public Input.Row<R> next() {
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
                return (Input.Row<R>) o;
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
