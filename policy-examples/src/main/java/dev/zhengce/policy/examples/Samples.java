package dev.zhengce.policy.examples;

import dev.zhengce.policy.calc.Application;
import dev.zhengce.policy.calc.EnterpriseProfile;
import dev.zhengce.policy.calc.Observation;
import dev.zhengce.policy.model.PolicyJson;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * The shipped sample data: applications, an enterprise profile and observations. Every figure
 * is illustrative, not official data, except the observations whose note says {@code real
 * figure} and names its source (see {@code samples/README.md} beside the files).
 */
public final class Samples {
    /** The class-path folder of the sample files. */
    public static final String FOLDER = "/dev/zhengce/policy/examples/samples/";

    private Samples() {}

    /**
     * Opens one sample file.
     *
     * @param name the file name, such as {@code applications.csv}
     * @return the stream, to be closed by the caller
     * @throws IllegalArgumentException if there is no such sample
     */
    public static InputStream open(String name) {
        InputStream in = Samples.class.getResourceAsStream(FOLDER + name);
        if (in == null) {
            throw new IllegalArgumentException("no sample file " + name);
        }
        return in;
    }

    /** {@return the sample applications, one or more for each rule that pays a stated share or amount} */
    public static List<Application> applications() {
        return List.of(read("applications.json", Application[].class));
    }

    /** {@return the sample enterprise profile} */
    public static EnterpriseProfile profile() {
        return read("enterprise-profile.json", EnterpriseProfile.class);
    }

    /** {@return the sample observations of Mengzhou targets} */
    public static List<Observation> observations() {
        return List.of(read("observations.json", Observation[].class));
    }

    private static <T> T read(String name, Class<T> type) {
        try (InputStream in = open(name)) {
            return PolicyJson.read(in, type);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
