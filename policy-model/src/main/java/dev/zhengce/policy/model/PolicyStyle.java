package dev.zhengce.policy.model;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The one Immutables style of the project, applied on packages: generated implementations
 * stay package-private behind each type's {@code of} factories and nested {@code Builder};
 * accessors have no {@code get} prefix; builders are plain (not staged); JDK collections only.
 * No generated {@code with…} copies ({@code copy = false}): the implementations are hidden, so
 * they could not be reached; a changed copy is {@code X.builder().from(x)….build()}, the one
 * spelling everywhere.
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
        visibility = Value.Style.ImplementationVisibility.PACKAGE,
        builderVisibility = Value.Style.BuilderVisibility.PACKAGE,
        overshadowImplementation = true,
        jdkOnly = true,
        allParameters = false,
        // no Immutables @Generated on the generated classes: an application compiling against
        // the SDK with -Werror would otherwise need Immutables' annotations jar
        allowedClasspathAnnotations = {Override.class},
        defaults = @Value.Immutable(copy = false))
public @interface PolicyStyle {}
