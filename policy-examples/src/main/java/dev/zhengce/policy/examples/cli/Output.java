package dev.zhengce.policy.examples.cli;

import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Where a command's output goes, never half-written: a file is written under a temporary name
 * in its directory and moved into place only when the command has succeeded; standard output
 * is held (in memory, then beyond {@value #IN_MEMORY} bytes in a temporary file) and copied out
 * only then. On a failure, or on Ctrl-C (a shutdown hook), the temporary file is deleted and
 * nothing is left.
 */
final class Output implements Closeable {
    /** Bytes of standard output held in memory before they go to a temporary file. */
    static final int IN_MEMORY = 8 << 20;

    private final String name;
    private final Path target;
    private final OutputStream stdout;
    private final Spill spill;
    private final Path temporary;
    private final OutputStream stream;
    private final Thread cleanup;
    private boolean done;

    private Output(String name, Path target, OutputStream stdout) {
        this.name = name;
        this.target = target;
        this.stdout = stdout;
        if (target != null) {
            Path dir = target.toAbsolutePath().getParent();
            if (Files.isDirectory(target)) {
                throw new InputError(name + ": a directory; give a file to write");
            }
            if (dir == null || !Files.isDirectory(dir)) {
                throw new InputError(name + ": no such directory " + dir);
            }
            // a name of the same directory, so that the move is a rename; created with the user's umask
            temporary = dir.resolve("." + target.getFileName() + "."
                    + Long.toHexString(ThreadLocalRandom.current().nextLong() >>> 1) + ".part");
            try {
                stream = new BufferedOutputStream(
                        Files.newOutputStream(temporary, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE),
                        1 << 16);
            } catch (IOException e) {
                throw new InputError(name + ": cannot write: " + e.getMessage(), e);
            }
            spill = null;
        } else {
            spill = new Spill();
            stream = spill;
            temporary = null;
        }
        cleanup = temporary == null ? null : deleteOnStop(temporary);
    }

    /** A shutdown hook, registered, that deletes a temporary file when the JVM stops before it is done (Ctrl-C). */
    static Thread deleteOnStop(Path file) {
        Thread hook = new Thread(
                () -> {
                    try {
                        Files.deleteIfExists(file);
                    } catch (IOException e) {
                        // the JVM is stopping: nothing more can be done
                    }
                },
                "zhengce-delete-" + file.getFileName());
        Runtime.getRuntime().addShutdownHook(hook);
        return hook;
    }

    /** Removes a shutdown hook once its file is dealt with. */
    static void forget(Thread hook) {
        if (hook == null) {
            return;
        }
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException e) {
            // the JVM is stopping: the hook runs
        }
    }

    /**
     * Opens an output.
     *
     * @param file   the file to write, or {@code null} for standard output
     * @param stdout standard output
     * @return the output
     */
    static Output open(String file, OutputStream stdout) {
        if (file == null || "-".equals(file)) {
            return new Output("<stdout>", null, stdout);
        }
        try {
            return new Output(file, Path.of(file), stdout);
        } catch (InvalidPathException e) {
            throw new InputError(file + ": not a file name: " + e.getMessage(), e);
        }
    }

    /** Returns the name used in messages. */
    String name() {
        return name;
    }

    /** Returns the bytes written, to the temporary file or to what holds standard output back. */
    OutputStream stream() {
        return stream;
    }

    /**
     * Returns the output as UTF-8 text, buffered; with a byte-order mark first when asked.
     *
     * @param byteOrderMark whether to start with U+FEFF
     * @return the text
     */
    Writer text(boolean byteOrderMark) {
        Writer w = new Utf8Writer(stream);
        if (byteOrderMark) {
            try {
                w.write('\uFEFF');
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return w;
    }

    /**
     * The command has succeeded: moves the file into place, or copies what was held back to
     * standard output.
     */
    void commit() {
        try {
            stream.close();
            if (target != null) {
                try {
                    Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
                }
            } else {
                spill.copyTo(stdout);
                stdout.flush();
            }
            done = true;
        } catch (IOException e) {
            throw new InputError(name + ": cannot write: " + e.getMessage(), e);
        } finally {
            close();
        }
    }

    /** Deletes what was not committed; idempotent. */
    @Override
    public void close() {
        try {
            stream.close();
        } catch (IOException e) {
            // deleting it anyway
        }
        try {
            if (temporary != null && !done) {
                Files.deleteIfExists(temporary);
            }
            if (spill != null) {
                spill.delete();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            forget(cleanup);
        }
    }

    /**
     * The process's standard output as {@link Zhengce#main} hands it to the commands: a stream
     * without a buffer of its own (what is held back is copied out in one piece), and a channel
     * to which a file is copied by the kernel.
     */
    static final class ProcessStdout extends PrintStream {
        private final FileOutputStream fd;

        ProcessStdout() {
            this(new FileOutputStream(FileDescriptor.out));
        }

        private ProcessStdout(FileOutputStream fd) {
            super(fd, false, StandardCharsets.UTF_8);
            this.fd = fd;
        }

        /** Returns the channel of file descriptor 1; never to be closed. */
        FileChannel channel() {
            return fd.getChannel();
        }
    }

    /**
     * Bytes held back: in memory up to {@link #IN_MEMORY}, then in a temporary file; read
     * back once.
     */
    static final class Spill extends OutputStream {
        private ByteArrayOutputStream memory = new ByteArrayOutputStream(8192);
        private Path file;
        private OutputStream disk;
        private Thread hook;
        private boolean closed;

        @Override
        public void write(int b) throws IOException {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            if (disk == null && memory.size() + len > IN_MEMORY) {
                file = Files.createTempFile("zhengce-", ".part");
                hook = deleteOnStop(file);
                disk = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16);
                memory.writeTo(disk);
                memory = null;
            }
            if (disk != null) {
                disk.write(b, off, len);
            } else {
                memory.write(b, off, len);
            }
        }

        @Override
        public void flush() throws IOException {
            if (disk != null) {
                disk.flush();
            }
        }

        @Override
        public void close() throws IOException {
            if (!closed && disk != null) {
                disk.close();
            }
            closed = true;
        }

        /**
         * Copies what was written to a stream; to the process's standard output, a file is copied
         * by the kernel (no buffers of the JVM's in between).
         */
        void copyTo(OutputStream out) throws IOException {
            close();
            if (file == null) {
                memory.writeTo(out);
                return;
            }
            long at = 0;
            if (out instanceof ProcessStdout) {
                out.flush();
                // not closed: the channel is the process's standard output
                FileChannel to = ((ProcessStdout) out).channel();
                try (FileChannel from = FileChannel.open(file)) {
                    long size = from.size();
                    long n = 1;
                    while (at < size && n > 0) {
                        n = from.transferTo(at, size - at, to);
                        at += n;
                    }
                }
            }
            try (InputStream in = Files.newInputStream(file)) {
                in.skipNBytes(at);
                in.transferTo(out);
            }
        }

        /** Reads back what was written. */
        InputStream read() throws IOException {
            close();
            return file == null ? new java.io.ByteArrayInputStream(memory.toByteArray()) : Files.newInputStream(file);
        }

        /** Deletes the temporary file, if there is one. */
        void delete() throws IOException {
            if (file != null) {
                try {
                    close();
                } finally {
                    Files.deleteIfExists(file);
                    forget(hook);
                }
            }
        }
    }
}
