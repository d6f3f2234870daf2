package dev.zhengce.policy.examples.cli;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** One run of the tool, in process, with captured streams; and the golden files. */
final class Run {
    /** The shipped samples, from the module's directory (where Maven runs the tests). */
    static final String SAMPLES = "src/main/resources/dev/zhengce/policy/examples/samples/";
    /** The golden outputs; regenerate with -Dgolden.update=true. */
    static final Path GOLDEN = Path.of("src/test/resources/golden");

    final int status;
    final String out;
    final String err;

    private Run(int status, String out, String err) {
        this.status = status;
        this.out = out;
        this.err = err;
    }

    static Run withStdin(String stdin, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = Zhengce.execute(
                args,
                new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    static Run of(String... args) {
        return withStdin("", args);
    }

    /** Returns the golden output of a case, writing it first when asked to regenerate. */
    static String golden(String name, String actual) throws IOException {
        Path file = GOLDEN.resolve(name);
        if (Boolean.getBoolean("golden.update") || !Files.exists(file) && Boolean.getBoolean("golden.create")) {
            Files.createDirectories(GOLDEN);
            Files.writeString(file, actual, StandardCharsets.UTF_8);
        }
        return Files.readString(file, StandardCharsets.UTF_8);
    }

    @Override
    public String toString() {
        return "exit " + status + "\n--- stdout\n" + out + "--- stderr\n" + err;
    }
}
