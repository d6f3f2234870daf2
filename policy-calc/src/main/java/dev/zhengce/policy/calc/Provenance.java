package dev.zhengce.policy.calc;

import dev.zhengce.policy.model.Catalog;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * What a stored result was computed from, so that it can be audited later: the notice, the
 * catalog's version and SHA-256, the SDK version, and the what-if overrides in force.
 */
public final class Provenance {
    private static final String SDK_VERSION = readSdkVersion();

    private final String notice;
    private final String catalogVersion;
    private final Catalog catalog;
    private final String overrides;

    Provenance(Catalog catalog, Overrides overrides) {
        this.notice = catalog.notice().number();
        this.catalogVersion = catalog.notice().version();
        this.catalog = catalog;
        this.overrides = overrides.toString();
    }

    /** The catalog computed from, whose names the explanations use. */
    Catalog catalog() {
        return catalog;
    }

    /** {@return the notice number, such as {@code 孟政〔2017〕25号}} */
    public String notice() {
        return notice;
    }

    /** {@return the catalog data's version} */
    public String catalogVersion() {
        return catalogVersion;
    }

    /** {@return the SHA-256 of the catalog's canonical JSON} */
    public String catalogSha256() {
        return catalog.sha256();
    }

    /** {@return the version of the SDK that computed the result} */
    public String sdkVersion() {
        return SDK_VERSION;
    }

    /** {@return the what-if overrides in force, {@code none} for the notice as written} */
    public String overrides() {
        return overrides;
    }

    /**
     * Returns the stamp as named fields, in a stable order (notice, catalogVersion, catalogSha256,
     * sdkVersion, overrides), for JSON replies and stored results.
     *
     * @return the fields
     */
    public java.util.Map<String, String> asMap() {
        java.util.Map<String, String> m = new java.util.LinkedHashMap<>();
        m.put("notice", notice);
        m.put("catalogVersion", catalogVersion);
        m.put("catalogSha256", catalogSha256());
        m.put("sdkVersion", SDK_VERSION);
        m.put("overrides", overrides);
        return java.util.Collections.unmodifiableMap(m);
    }

    /** Returns all of it on one line, such as {@code 孟政〔2017〕25号, catalog 1.0.0 sha256:1ce6ddc7c4dc, …}. */
    @Override
    public String toString() {
        return notice + ", catalog " + catalogVersion + " sha256:"
                + catalogSha256().substring(0, 12) + ", zhengce " + SDK_VERSION + ", what-if: " + overrides;
    }

    private static String readSdkVersion() {
        try (InputStream in = Provenance.class.getResourceAsStream("zhengce.properties")) {
            Properties p = new Properties();
            if (in != null) {
                p.load(in);
            }
            return p.getProperty("version", "unknown");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
