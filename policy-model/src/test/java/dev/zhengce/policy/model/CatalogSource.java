package dev.zhengce.policy.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.money.MonetaryAmount;

/**
 * Writes {@code MengzhouNotice.java}: Java source that builds, through the model's builders, the
 * same {@link Notice} as the bundled JSON catalog, so that {@link Catalog#mengzhou()} starts
 * without Jackson introspecting the model's types. The JSON stays the catalog; this source is
 * derived from it and {@link CatalogSourceTest} fails when the two differ.
 *
 * <p>Which attributes to write comes from the notice's own JSON (every attribute the mapper
 * writes, defaults included); their typed values come from the accessors of the same name,
 * which are also the builders' setter names.
 */
final class CatalogSource {
    /** Where the generated class lives, relative to the policy-model module. */
    static final Path FILE = Path.of("src/main/java/dev/zhengce/policy/model/MengzhouNotice.java");
    private static final String INDENT = "    ";

    private final List<String> methods = new ArrayList<>();

    private CatalogSource() {
    }

    /** Reads the bundled JSON catalog as the strict mapper does. */
    static Notice bundledJson() {
        try (InputStream in = Catalog.class.getResourceAsStream("mengzhou-2017-25.json")) {
            return PolicyJson.read(in, Notice.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Returns the source of {@code MengzhouNotice} for a notice. */
    static String generate(Notice notice) {
        CatalogSource source = new CatalogSource();
        String body = source.value(notice, tree(notice), 2);
        StringBuilder b = new StringBuilder();
        b.append("package dev.zhengce.policy.model;\n\n")
                .append("import java.math.BigDecimal;\n")
                .append("import java.time.LocalDate;\n")
                .append("import java.util.List;\n\n")
                .append("/**\n")
                .append(" * The bundled catalog of ").append(notice.number()).append(" built in Java, for a fast start: the same\n")
                .append(" * notice as {@code mengzhou-2017-25.json}, which stays the catalog. Generated from it by\n")
                .append(" * {@code CatalogSource} (policy-model's tests); do not edit by hand. After changing the JSON, run\n")
                .append(" * {@code ./mvnw -pl policy-model test -Dtest=CatalogSourceTest -Dcatalog.update=true}.\n")
                .append(" */\n")
                .append("final class MengzhouNotice {\n")
                .append(INDENT).append("private MengzhouNotice() {\n").append(INDENT).append("}\n\n")
                .append(INDENT).append("/** Builds the notice, checking every value as the JSON mapper does. */\n")
                .append(INDENT).append("static Notice notice() {\n")
                .append(INDENT).append(INDENT).append("return ").append(body).append(";\n")
                .append(INDENT).append("}\n");
        for (String method : source.methods) {
            b.append('\n').append(method);
        }
        return b.append("}\n").toString();
    }

    private static JsonNode tree(Object value) {
        try {
            return new ObjectMapper().readTree(PolicyJson.write(value));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A model value as a builder expression; plans and tasks get methods of their own. */
    private String value(Object value, JsonNode node, int depth) {
        Class<?> type = modelType(value.getClass());
        if (value instanceof Bilingual) {
            Bilingual b = (Bilingual) value;
            return "Bilingual.of(" + string(b.zh()) + ", " + string(b.en()) + ")";
        }
        if (value instanceof Citation) {
            Citation c = (Citation) value;
            return "Citation.of(" + string(c.sentence()) + c.occurrence().map(n -> ", " + n).orElse("") + ")";
        }
        if ((value instanceof Plan || value instanceof Task) && depth > 2) {
            String id = node.get("id").asText();
            String name = type.getSimpleName().toLowerCase() + "_" + id.replace('-', '_');
            methods.add(INDENT + "/** " + type.getSimpleName() + " {@code " + id + "}. */\n"
                    + INDENT + "private static " + type.getSimpleName() + " " + name + "() {\n"
                    + INDENT + INDENT + "return " + value(value, node, 2) + ";\n"
                    + INDENT + "}\n");
            return name + "()";
        }
        String pad = INDENT.repeat(depth + 1);
        StringBuilder b = new StringBuilder(type.getSimpleName()).append(".builder()");
        for (Iterator<Map.Entry<String, JsonNode>> fields = node.properties().iterator(); fields.hasNext();) {
            Map.Entry<String, JsonNode> field = fields.next();
            Object attribute = attribute(value, type, field.getKey());
            if (attribute instanceof Optional) {
                if (((Optional<?>) attribute).isEmpty()) {
                    continue;
                }
                attribute = ((Optional<?>) attribute).get();
            }
            if (attribute instanceof List && ((List<?>) attribute).isEmpty()) {
                continue;
            }
            b.append('\n').append(pad).append('.').append(field.getKey()).append('(')
                    .append(literal(attribute, field.getValue(), depth + 1)).append(')');
        }
        return b.append('\n').append(pad).append(".build()").toString();
    }

    private String literal(Object value, JsonNode node, int depth) {
        if (value instanceof List) {
            List<?> list = (List<?>) value;
            String pad = INDENT.repeat(depth + 1);
            StringBuilder b = new StringBuilder("List.of(");
            for (int i = 0; i < list.size(); i++) {
                b.append(i == 0 ? "\n" : ",\n").append(pad).append(literal(list.get(i), node.get(i), depth + 1));
            }
            return b.append(')').toString();
        }
        if (value instanceof String) {
            return string((String) value);
        }
        if (value instanceof Integer || value instanceof Boolean) {
            return value.toString();
        }
        if (value instanceof BigDecimal) {
            return "new BigDecimal(\"" + value + "\")";
        }
        if (value instanceof MonetaryAmount) {
            return "Cny.of(new BigDecimal(\"" + ((MonetaryAmount) value).getNumber().numberValueExact(BigDecimal.class) + "\"))";
        }
        if (value instanceof LocalDate) {
            LocalDate d = (LocalDate) value;
            return "LocalDate.of(" + d.getYear() + ", " + d.getMonthValue() + ", " + d.getDayOfMonth() + ")";
        }
        if (value instanceof Enum) {
            Enum<?> e = (Enum<?>) value;
            String type = e.getDeclaringClass().getName();
            return type.substring(type.lastIndexOf('.') + 1).replace('$', '.') + "." + e.name();
        }
        if (modelType(value.getClass()) != null) {
            return value(value, node, depth);
        }
        throw new IllegalArgumentException("no Java literal for " + value.getClass() + ": " + value);
    }

    /** The model's abstract type behind a generated implementation, or null. */
    private static Class<?> modelType(Class<?> type) {
        for (Class<?> t = type; t != null; t = t.getSuperclass()) {
            if (t.getPackage() == Notice.class.getPackage() && !t.getSimpleName().startsWith("Immutable")
                    && java.lang.reflect.Modifier.isAbstract(t.getModifiers())) {
                return t;
            }
        }
        return null;
    }

    private static Object attribute(Object value, Class<?> type, String name) {
        try {
            return type.getMethod(name).invoke(value);
        } catch (NoSuchMethodException | IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException(type.getSimpleName() + " has no accessor for its JSON field " + name, e);
        }
    }

    /** A Java string literal; the source is UTF-8, so Chinese stays readable. */
    private static String string(String s) {
        StringBuilder b = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"':
                    b.append("\\\"");
                    break;
                case '\\':
                    b.append("\\\\");
                    break;
                case '\n':
                    b.append("\\n");
                    break;
                default:
                    if (c < 0x20 || Character.isSurrogate(c) || c == '\u2028' || c == '\u2029') {
                        b.append(String.format("\\u%04x", (int) c));
                    } else {
                        b.append(c);
                    }
            }
        }
        return b.append('"').toString();
    }
}
