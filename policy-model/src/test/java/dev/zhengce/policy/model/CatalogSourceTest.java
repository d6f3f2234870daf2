package dev.zhengce.policy.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import org.junit.jupiter.api.Test;

/**
 * The bundled catalog is built in Java ({@code MengzhouNotice}, for a fast start) from the JSON
 * catalog; these tests fail when the two say anything different.
 */
class CatalogSourceTest {
    @Test
    void theNoticeBuiltInJavaIsTheJsonCatalog() {
        Notice json = CatalogSource.bundledJson();
        Notice java = MengzhouNotice.notice();
        // the JSON texts first: a difference shows where it is
        assertEquals(PolicyJson.writePretty(json), PolicyJson.writePretty(java));
        assertEquals(json, java);
        assertEquals(json.hashCode(), java.hashCode());
    }

    @Test
    void catalogMengzhouIsTheNoticeBuiltInJava() {
        assertEquals(MengzhouNotice.notice(), Catalog.mengzhou().notice());
    }

    /**
     * The checked-in source is what the generator writes from the JSON today: an edit of the
     * JSON must regenerate it ({@code -Dcatalog.update=true} rewrites the file).
     */
    @Test
    void theCheckedInSourceIsGeneratedFromTheJson() throws IOException {
        String generated = CatalogSource.generate(CatalogSource.bundledJson());
        if (Boolean.getBoolean("catalog.update")) {
            Files.writeString(CatalogSource.FILE, generated, StandardCharsets.UTF_8);
        }
        assertEquals(generated, Files.readString(CatalogSource.FILE, StandardCharsets.UTF_8),
                CatalogSource.FILE + " is out of date: regenerate it with"
                        + " ./mvnw -pl policy-model test -Dtest=CatalogSourceTest -Dcatalog.update=true");
    }
}
