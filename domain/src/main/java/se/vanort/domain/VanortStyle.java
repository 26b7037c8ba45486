package se.vanort.domain;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The one Immutables style of every vanort value.
 *
 * <p>Accessors are getter-style ({@code getName()}, {@code isActive()}) so that Jakarta Validation
 * providers, which only see bean getters, enforce the constraints declared on them. Builders and
 * {@code with*} copies use the bare attribute name ({@code .name(..)}, {@code withName(..)}).
 * Generated classes are package-private: callers use {@code builder()} or {@code of(..)} on the
 * abstract type, which is also what {@code build()} returns. The generated code carries no
 * annotation found on the class path ({@code @Generated}, Error Prone's): they would live in the
 * published class files, and a consumer without Immutables on its class path would get a compiler
 * warning for each.
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
    get = {"is*", "get*"},
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    overshadowImplementation = true,
    jakarta = true,
    jdkOnly = false,
    optionalAcceptNullable = false,
    privateNoargConstructor = false,
    depluralize = true,
    depluralizeDictionary = {
      "municipality:municipalities", "person:people", "body:bodies", "strategy:strategies",
      "party:parties", "agendaItem:agendaItems", "member:members", "tag:tags"
    },
    headerComments = false,
    allowedClasspathAnnotations = {Override.class})
public @interface VanortStyle {}
