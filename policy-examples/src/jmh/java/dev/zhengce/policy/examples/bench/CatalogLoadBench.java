package dev.zhengce.policy.examples.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.zhengce.policy.mengzhou.Mengzhou;
import dev.zhengce.policy.model.Catalog;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Loading the bundled catalog (95 kB of JSON): {@link Catalog#read} (hardened parsing, every
 * value's checks, the cross-checks, the indexes and the SHA-256 stamp) against plain Jackson
 * reading the same bytes into a tree, the floor for reading them at all.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 4, time = 1)
@Fork(1)
public class CatalogLoadBench {
    private byte[] json;
    private ObjectMapper plain;

    /** Reads the bundled document once. */
    @Setup
    public void setUp() throws IOException {
        try (InputStream in = Mengzhou.catalogJson()) {
            json = in.readAllBytes();
        }
        plain = new ObjectMapper();
    }

    /** The SDK: {@code Catalog.read}. */
    @Benchmark
    public Catalog sdk() {
        return Catalog.read(new ByteArrayInputStream(json));
    }

    /** The baseline: plain Jackson into a tree. */
    @Benchmark
    public JsonNode jacksonTree() {
        try {
            return plain.readTree(new ByteArrayInputStream(json));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
