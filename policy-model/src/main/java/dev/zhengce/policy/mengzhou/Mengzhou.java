package dev.zhengce.policy.mengzhou;

import dev.zhengce.policy.model.Catalog;
import dev.zhengce.policy.model.MoneyCheck;
import dev.zhengce.policy.model.SourceText;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * Mengzhou's notice 孟政〔2017〕25号 as a package beside the engine: its catalog, its text, and
 * the catalog's JSON, which is the authority for both.
 *
 * <p>The engine ({@code dev.zhengce.policy.model}, {@code dev.zhengce.policy.calc}) knows
 * nothing of Mengzhou: it reads every rule, window, limit and schedule stage from a catalog's
 * data. This class only bundles one such catalog. Another notice written the same way is loaded
 * with {@link Catalog#read(InputStream)} and checked with {@link SourceText#of(String)}.
 */
public final class Mengzhou {
    /** The catalog's JSON, a resource of this package: the catalog itself. */
    public static final String CATALOG_JSON = "mengzhou-2017-25.json";
    /** The notice's text, a resource of this package, as it was copied from the web. */
    public static final String SOURCE_TEXT = "mengzhou-2017-25.txt";

    private Mengzhou() {}

    /**
     * Obtains the bundled catalog of 孟政〔2017〕25号, Mengzhou's 2017 notice of four plans
     * (green transformation, intelligent transformation, technical renovation, technological
     * innovation). Loaded once, on first use, after the money self-check ({@link MoneyCheck#verify()}).
     *
     * @return the Mengzhou catalog
     * @throws IllegalStateException if the money self-check fails
     */
    public static Catalog catalog() {
        return Holder.CATALOG;
    }

    /**
     * Obtains the text of 孟政〔2017〕25号, as shipped with the library, including the web page's
     * navigation bar on its first line, which is not part of the notice.
     *
     * @return the source text
     */
    public static SourceText text() {
        try (InputStream in = open(SOURCE_TEXT)) {
            return SourceText.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Opens the catalog's JSON, the document {@link #catalog()} is generated from, for a reader
     * that wants to load it as any other notice ({@link Catalog#read(InputStream)}). The caller
     * closes the stream.
     *
     * @return the document, UTF-8
     */
    public static InputStream catalogJson() {
        return open(CATALOG_JSON);
    }

    private static InputStream open(String resource) {
        InputStream in = Mengzhou.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("resource " + resource + " is missing from the policy-model jar");
        }
        return in;
    }

    /**
     * Loads the bundled catalog on first use (initialization-on-demand holder). The notice is
     * built in Java from the JSON catalog ({@link MengzhouNotice}, checked against it by the
     * tests): reading it through Jackson would cost a cold JVM more than everything else.
     */
    private static final class Holder {
        static final Catalog CATALOG = load();

        private static Catalog load() {
            MoneyCheck.verify();
            return Catalog.of(MengzhouNotice.notice());
        }
    }
}
