/**
 * Mengzhou's notice 孟政〔2017〕25号, beside the engine as a country package sits beside
 * OpenFisca's core: its catalog ({@code mengzhou-2017-25.json}, every value with its source
 * sentence), its text ({@code mengzhou-2017-25.txt}) and the Java generated from the catalog
 * for a fast start ({@code MengzhouNotice}). Start with {@link dev.zhengce.policy.mengzhou.Mengzhou#catalog()}.
 *
 * <p>Nothing in the engine depends on this package except the convenience
 * {@code Policy.mengzhou()}; another notice needs a package like this one and no engine change.
 */
package dev.zhengce.policy.mengzhou;
