package dev.zhengce.policy.examples.bench;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.zhengce.policy.calc.Application;
import dev.zhengce.policy.model.PolicyJson;
import java.util.ArrayList;
import java.util.List;
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
 * JSON ingest of an application batch (1,000 applications, every payable rule in turn, as
 * {@code PolicyJson.write} writes them): the hardened mapper into checked {@link Application}s
 * against plain Jackson ({@code new ObjectMapper()}) into a Java record, on the same document.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 4, time = 1)
@Fork(1)
public class JsonIngestBench {
    static final int SIZE = 1_000;

    private String json;
    private ObjectMapper plain;

    /** Writes the batch and checks both readers read it whole. */
    @Setup
    public void setUp() throws JsonProcessingException {
        json = document(SIZE);
        plain = new ObjectMapper();
        if (sdk().length != SIZE || jacksonRecord().length != SIZE) {
            throw new IllegalStateException("a reader lost applications");
        }
    }

    static String document(int size) {
        List<Application> batch = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            batch.add(Fixtures.sdk(Fixtures.plain(Fixtures.ruleOf(i), i, "E-" + (i % 200))));
        }
        return PolicyJson.write(batch);
    }

    /** The SDK: {@code PolicyJson.read} into checked applications. */
    @Benchmark
    public Application[] sdk() {
        return PolicyJson.read(json, Application[].class);
    }

    /** The baseline: plain Jackson into a record. */
    @Benchmark
    public PlainApplication[] jacksonRecord() throws JsonProcessingException {
        return plain.readValue(json, PlainApplication[].class);
    }
}
