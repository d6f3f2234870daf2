package dev.zhengce.policy.mengzhou;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks source written by a program, not by hand: edit what it is generated from and
 * regenerate. Kept in the class files ({@link RetentionPolicy#CLASS}) so that coverage tools
 * that skip generated code (JaCoCo skips classes annotated {@code *Generated}) see it; of our
 * own, so that the SDK needs no annotations jar (the JDK's is in {@code java.compiler} and
 * retained in source only).
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
@interface Generated {
    /** {@return the program that wrote the source} */
    String value();
}
