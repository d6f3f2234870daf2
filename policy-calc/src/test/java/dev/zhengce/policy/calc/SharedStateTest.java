package dev.zhengce.policy.calc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.zhengce.policy.model.Catalog;
import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.jar.JarFile;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.money.CurrencyUnit;
import javax.money.MonetaryAmount;
import org.junit.jupiter.api.Test;

/**
 * No shared mutable state in the main code of {@code dev.zhengce.policy.model} and
 * {@code dev.zhengce.policy.calc}: every static field is final and of an immutable or
 * thread-safe type, and every instance field of a public value class is final.
 */
class SharedStateTest {
    /** Types known to be immutable or thread-safe once built. */
    private static final Set<Class<?>> SAFE = Set.of(
            String.class,
            BigDecimal.class,
            BigInteger.class,
            Integer.class,
            Long.class,
            Pattern.class,
            CurrencyUnit.class,
            MonetaryAmount.class,
            JsonMapper.class /* configured once, never exposed: thread-safe by Jackson's contract */);

    /** Every class of main code in both packages, from their jars or class directories. */
    static List<Class<?>> mainClasses() throws IOException, URISyntaxException, ClassNotFoundException {
        List<Class<?>> classes = new ArrayList<>();
        for (Class<?> anchor : List.of(Catalog.class, SubsidyCalculator.class)) {
            Path where = Path.of(
                    anchor.getProtectionDomain().getCodeSource().getLocation().toURI());
            List<String> names;
            if (Files.isDirectory(where)) {
                try (Stream<Path> files = Files.walk(where)) {
                    names = files.map(where::relativize).map(Path::toString).collect(Collectors.toList());
                }
            } else {
                try (JarFile jar = new JarFile(where.toFile())) {
                    names = jar.stream().map(e -> e.getName()).collect(Collectors.toList());
                }
            }
            for (String n : names) {
                String name = n.replace('\\', '/');
                if (name.endsWith(".class")
                        && name.startsWith("dev/zhengce/policy/")
                        && !name.endsWith("module-info.class")
                        && !name.endsWith("package-info.class")) {
                    classes.add(Class.forName(
                            name.substring(0, name.length() - 6).replace('/', '.'), false, anchor.getClassLoader()));
                }
            }
        }
        return classes;
    }

    private static boolean safe(Field f) {
        Class<?> t = f.getType();
        if (t.isPrimitive() || t.isEnum() || SAFE.contains(t)) {
            return true;
        }
        if (t == java.util.List.class || t == java.util.Set.class || t == java.util.Map.class) {
            // an unmodifiable collection (List.of, Collections.unmodifiable*) of immutable elements is checked by value
            try {
                f.setAccessible(true);
                Object value = f.get(null);
                String impl = value == null ? "" : value.getClass().getName();
                return impl.startsWith("java.util.ImmutableCollections$")
                        || impl.startsWith("java.util.Collections$Unmodifiable");
            } catch (ReflectiveOperationException | RuntimeException e) {
                return false;
            }
        }
        if (t.isArray()) {
            // enums' $VALUES: private, copied by values(), never handed out
            return f.isSynthetic() && t.getComponentType().isEnum();
        }
        // the library's own types, checked by the instance-field rule below
        return t.getName().startsWith("dev.zhengce.policy.")
                && Modifier.isFinal(t.getModifiers())
                && Stream.of(t.getDeclaredFields())
                        .filter(x -> !Modifier.isStatic(x.getModifiers()))
                        .allMatch(x -> Modifier.isFinal(x.getModifiers()) || cache(x));
    }

    /**
     * A volatile field of an immutable type: a racy cache of a value every thread computes alike,
     * as {@link String#hashCode()} keeps its hash.
     */
    private static boolean cache(Field f) {
        return Modifier.isVolatile(f.getModifiers()) && SAFE.contains(f.getType());
    }

    @Test
    void everyStaticFieldIsFinalAndOfAnImmutableOrThreadSafeType() throws Exception {
        List<Class<?>> classes = mainClasses();
        assertTrue(classes.size() > 50, classes::toString); // both packages found
        List<String> violations = new ArrayList<>();
        int checked = 0;
        for (Class<?> c : classes) {
            for (Field f : c.getDeclaredFields()) {
                if (!Modifier.isStatic(f.getModifiers())
                        || f.isSynthetic() && f.getName().startsWith("$SwitchMap$")) {
                    continue; // javac's switch-on-enum tables: filled once in a static initializer, never written
                }
                checked++;
                if (!Modifier.isFinal(f.getModifiers()) || !safe(f)) {
                    violations.add(c.getName() + "." + f.getName() + " : "
                            + f.getType().getName());
                }
            }
        }
        assertTrue(checked > 20, "static fields checked: " + checked);
        assertEquals(List.of(), violations);
    }

    /** Immutables' {@code @Value.Lazy}: a transient cache written under a lock before a volatile bitmap. */
    private static boolean guardedByLazyInitBitmap(Class<?> c) {
        try {
            int m = c.getDeclaredField("lazyInitBitmap").getModifiers();
            return Modifier.isVolatile(m) && Modifier.isTransient(m);
        } catch (NoSuchFieldException e) {
            return false;
        }
    }

    /**
     * Public classes that are not builders (which are mutable by design, one per thread).
     * Immutables' generated classes keep a construction-time {@code transient volatile} shim
     * that is cleared before the instance is published; {@code @Value.Lazy} caches are
     * {@code transient volatile} too; a racy cache ({@link #cache}) computes one immutable value:
     * all safe publication, not shared mutable state.
     */
    @Test
    void everyInstanceFieldOfAPublicValueClassIsFinal() throws Exception {
        List<String> violations = new ArrayList<>();
        int checked = 0;
        for (Class<?> c : mainClasses()) {
            boolean builder = c.getSimpleName().equals("Builder")
                    || c.getSimpleName().equals("Json")
                    || c.getSimpleName().equals("InitShim")
                    || Throwable.class.isAssignableFrom(c);
            boolean visible =
                    Modifier.isPublic(c.getModifiers()) || c.getSimpleName().startsWith("Immutable");
            if (builder
                    || !visible
                    || c.isInterface()
                    || c.getEnclosingClass() != null
                            && c.getEnclosingClass().getSimpleName().equals("SubsidyCalculator")) {
                continue;
            }
            for (Field f : c.getDeclaredFields()) {
                int m = f.getModifiers();
                if (Modifier.isStatic(m)) {
                    continue;
                }
                checked++;
                boolean lazy =
                        Modifier.isTransient(m) && (Modifier.isVolatile(m) || guardedByLazyInitBitmap(c)) || cache(f);
                if (!Modifier.isFinal(m) && !lazy) {
                    violations.add(c.getName() + "." + f.getName());
                }
            }
        }
        assertTrue(checked > 100, "instance fields checked: " + checked);
        assertEquals(List.of(), violations);
    }
}
