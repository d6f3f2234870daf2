package dev.zhengce.policy.examples.cli;

import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Function;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * The values of the good rows of an input, one at a time. A bad row stops the reading with its
 * error; with a rejects file it is written there and skipped instead. A check may refuse a row
 * that reads well (the calculator's refusal, tried first), with the same choice.
 *
 * @param <T> the values' type
 */
final class Accepted<T> implements Iterator<T> {
    private final Input.Source<T> source;
    private final Rejects rejects;
    private final Progress progress;
    private final Function<Input.Row<T>, InputError> check;
    private Input.Row<T> current;
    private Input.Row<T> next;
    private boolean done;

    /**
     * Reads the good rows of a source.
     *
     * @param source   the rows
     * @param rejects  where bad rows go, or {@code null} to stop at the first
     * @param progress told of every row
     * @param check    the refusal of a row that reads well, or {@code null}; asked only with a rejects file
     */
    Accepted(Input.Source<T> source, Rejects rejects, Progress progress, Function<Input.Row<T>, InputError> check) {
        this.source = source;
        this.rejects = rejects;
        this.progress = progress;
        this.check = check;
    }

    @Override
    public boolean hasNext() {
        while (next == null && !done) {
            Input.Row<T> row = source.next();
            if (row == null) {
                done = true;
                break;
            }
            progress.row();
            InputError error = row.error;
            if (error == null && rejects != null && check != null) {
                error = check.apply(row);
            }
            if (error == null) {
                next = row;
            } else if (rejects != null) {
                rejects.add(error, row.cells.get());
            } else {
                throw error;
            }
        }
        return next != null;
    }

    @Override
    public T next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        current = next;
        next = null;
        return current.value;
    }

    /** Returns the row last handed out: the one the calculator is working on. */
    Input.Row<T> current() {
        return current;
    }

    /** Returns the values as a sequential stream, read as it is consumed. */
    Stream<T> stream() {
        return StreamSupport.stream(
                Spliterators.spliteratorUnknownSize(this, Spliterator.ORDERED | Spliterator.NONNULL), false);
    }
}
