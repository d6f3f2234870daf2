package dev.zhengce.policy.mengzhou;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.zhengce.policy.model.Notice;
import dev.zhengce.policy.model.PolicyJson;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import org.junit.jupiter.api.Test;

/**
 * The bundled catalog is built in Java ({@code MengzhouNotice}, for a fast start) from the JSON
 * catalog; these tests fail when the two say anything different. They read and compare only:
 * regenerating the source is a command of its own ({@value CatalogSource#COMMAND}).
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
    void theMengzhouCatalogIsTheNoticeBuiltInJava() {
        assertEquals(MengzhouNotice.notice(), Mengzhou.catalog().notice());
    }

    /** The checked-in source is what the generator writes from the JSON today. */
    @Test
    void theCheckedInSourceIsGeneratedFromTheJson() throws IOException {
        String generated = CatalogSource.generate(CatalogSource.bundledJson());
        assertEquals(
                generated,
                Files.readString(CatalogSource.FILE, StandardCharsets.UTF_8),
                CatalogSource.FILE + " is out of date: regenerate it with " + CatalogSource.COMMAND);
    }
}
